package org.nos.ejb.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nos.ejb.sequencer.EmptyL2Blocks;
import org.nos.protocol.block.BlockHeader;
import org.nos.rollup.genesis.GenesisBlock;
import org.nos.rollup.genesis.GenesisConfig;

class ChainHeadTest {
    private final ChainBlock genesis = ChainBlock.of(GenesisBlock.header(GenesisConfig.devnet(42213, 1000, 30_000_000L)));

    @Test
    void notLoadedUntilReset() {
        ChainHead head = new ChainHead();
        assertFalse(head.isLoaded());
        assertThrows(IllegalStateException.class, head::head);
        head.reset(genesis, genesis);
        assertTrue(head.isLoaded());
        assertSame(genesis, head.head());
    }

    @Test
    void advancesOnlyForward() {
        ChainHead head = new ChainHead();
        head.reset(genesis, genesis);
        ChainBlock one = ChainBlock.of(EmptyL2Blocks.after(genesis.header()));
        ChainBlock two = ChainBlock.of(EmptyL2Blocks.after(one.header()));
        head.advance(two);
        head.advance(one);
        assertSame(two, head.head());
        assertSame(two, head.recent(2));
        assertNull(head.recent(3));
    }

    @Test
    void keepsTheLastBlocksInMemory() {
        ChainHead head = new ChainHead();
        head.reset(genesis, genesis);
        BlockHeader parent = genesis.header();
        for (int i = 1; i <= ChainHead.RECENT_BLOCKS + 10; i++) {
            parent = EmptyL2Blocks.after(parent);
            head.advance(ChainBlock.of(parent));
        }
        assertEquals(ChainHead.RECENT_BLOCKS + 10, head.head().number());
        assertNull(head.recent(5));
        assertEquals(120, head.recent(120).number());
        assertSame(genesis, head.genesis());
    }
}
