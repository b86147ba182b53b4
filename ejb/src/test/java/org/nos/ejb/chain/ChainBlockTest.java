package org.nos.ejb.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nos.protocol.block.BlockHeader;
import org.nos.rollup.genesis.GenesisBlock;
import org.nos.rollup.genesis.GenesisConfig;

class ChainBlockTest {

    @Test
    void hashIsKeccakOfTheHeaderRlpAndSizeCoversTheEmptyBody() {
        BlockHeader header = GenesisBlock.header(GenesisConfig.devnet(42213, 1000, 30_000_000L));
        ChainBlock block = ChainBlock.of(header);
        byte[] rlp = header.encode();
        assertEquals(header.hash(), block.hash());
        // list prefix of the block + header + three empty lists (transactions, ommers, withdrawals)
        int payload = rlp.length + 3;
        int prefix = payload < 56 ? 1 : 1 + (payload < 256 ? 1 : 2);
        assertEquals(prefix + payload, block.size());
        assertEquals(block, ChainBlock.fromHeaderRlp(rlp));
    }
}
