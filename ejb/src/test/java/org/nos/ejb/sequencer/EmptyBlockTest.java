package org.nos.ejb.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.BlockHeader;
import org.nos.rollup.genesis.GenesisBlock;
import org.nos.rollup.genesis.GenesisConfig;

/** The sealer's empty blocks: its attributes through the L2 block executor, as {@link BlockSealer} seals them. */
class EmptyBlockTest {
    private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);
    private final BlockHeader genesis = GenesisBlock.header(GenesisConfig.devnet(42213, 1_700_000_000L, 30_000_000L));

    @Test
    void chainsHeadersOneBlockTimeApart() {
        BlockHeader parent = genesis;
        for (int n = 1; n <= 5; n++) {
            BlockHeader next = EmptyL2Blocks.after(parent);
            assertEquals(n, next.number());
            assertEquals(parent.hash(), next.parentHash());
            assertEquals(genesis.timestamp() + 2L * n, next.timestamp());
            assertEquals(genesis.stateRoot(), next.stateRoot());
            parent = next;
        }
    }

    @Test
    void emptyBlockIsPostMerge() {
        BlockHeader next = EmptyL2Blocks.after(genesis);
        assertEquals(Hash.EMPTY_LIST, next.ommersHash());
        assertEquals(Hash.EMPTY_TRIE, next.transactionsRoot());
        assertEquals(Hash.EMPTY_TRIE, next.receiptsRoot());
        assertEquals(Hash.EMPTY_TRIE, next.withdrawalsRoot());
        assertEquals(GenesisBlock.SEQUENCER_FEE_VAULT, next.coinbase());
        assertEquals(BigInteger.ZERO, next.difficulty());
        assertEquals(0L, next.blobGasUsed());
        assertEquals(0L, next.excessBlobGas());
        assertEquals(Hash.ZERO, next.parentBeaconBlockRoot());
        assertEquals(Bytes.EMPTY, next.extraData());
        assertEquals(30_000_000L, next.gasLimit());
        assertEquals(next, BlockHeader.decode(next.encode()));
    }

    @Test
    void baseFeeStaysAtTheOneGweiFloorForEmptyBlocks() {
        assertEquals(GWEI, nextBaseFee(genesis));
        assertEquals(GWEI, nextBaseFee(withFee(GWEI, 0)));
        assertEquals(GWEI, EmptyL2Blocks.after(genesis).baseFeePerGas());
    }

    @Test
    void baseFeeFollowsEip1559WithOpParameters() {
        BigInteger fee = BigInteger.valueOf(10).multiply(GWEI);
        long target = 30_000_000L / 6;
        assertEquals(fee, nextBaseFee(withFee(fee, target)));
        // full block: +fee * (limit - target) / target / 250 = fee * 5 / 250
        assertEquals(fee.add(fee.multiply(BigInteger.valueOf(5)).divide(BigInteger.valueOf(250))),
                nextBaseFee(withFee(fee, 30_000_000L)));
        // empty block: -fee / 250
        assertEquals(fee.subtract(fee.divide(BigInteger.valueOf(250))), nextBaseFee(withFee(fee, 0)));
    }

    private static BigInteger nextBaseFee(BlockHeader parent) {
        Wei fee = EmptyL2Blocks.EXECUTOR.nextBaseFee(parent);
        return fee.toBigInteger();
    }

    private BlockHeader withFee(BigInteger fee, long gasUsed) {
        BlockHeader g = genesis;
        return new BlockHeader(g.parentHash(), g.ommersHash(), g.coinbase(), g.stateRoot(), g.transactionsRoot(),
                g.receiptsRoot(), g.logsBloom(), g.difficulty(), g.number(), g.gasLimit(), gasUsed, g.timestamp(),
                g.extraData(), g.mixHash(), g.nonce(), fee, g.withdrawalsRoot(), g.blobGasUsed(), g.excessBlobGas(),
                g.parentBeaconBlockRoot());
    }
}
