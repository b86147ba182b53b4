package org.nos.ejb.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nos.ejb.sequencer.BlockBuilder;
import org.nos.protocol.block.BlockHeader;
import org.nos.rollup.genesis.GenesisBlock;
import org.nos.rollup.genesis.GenesisConfig;

class ChainHeadTest {
    private final ChainBlock genesis = ChainBlock.of(GenesisBlock.header(GenesisConfig.devnet(42213, 1000, 30_000_000L)));
    private final BlockBuilder builder = new BlockBuilder(30_000_000L, 2);

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
        ChainBlock one = ChainBlock.of(builder.emptyBlock(genesis.header()));
        ChainBlock two = ChainBlock.of(builder.emptyBlock(one.header()));
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
            parent = builder.emptyBlock(parent);
            head.advance(ChainBlock.of(parent));
        }
        assertEquals(ChainHead.RECENT_BLOCKS + 10, head.head().number());
        assertNull(head.recent(5));
        assertEquals(120, head.recent(120).number());
        assertSame(genesis, head.genesis());
    }
}
