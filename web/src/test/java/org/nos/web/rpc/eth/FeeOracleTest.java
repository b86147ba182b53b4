package org.nos.web.rpc.eth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nos.ejb.chain.StoredReceipt;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.BlockHeader;

class FeeOracleTest {
    static final BigInteger BASE = BigInteger.valueOf(1_000);

    static StoredReceipt receipt(long gasUsed, long price) {
        return new StoredReceipt(Hash.ZERO, 0, Hash.ZERO, 1, Address.ZERO, null, null, gasUsed, gasUsed, Wei.of(price),
                true, 2, List.of(), BlockHeader.EMPTY_BLOOM, null);
    }

    @Test
    void rewardsAreGasWeightedPercentilesOfTheSortedTips() {
        // tips 10 (gas 50k), 30 (gas 30k), 20 (gas 20k): sorted 10/50k, 20/20k, 30/30k over 100k gas
        List<StoredReceipt> receipts = List.of(receipt(50_000, 1_010), receipt(30_000, 1_030), receipt(20_000, 1_020));
        List<BigInteger> r = FeeOracle.rewards(100_000, BASE, receipts, new double[] {0, 25, 50, 60, 70, 71, 100});
        assertEquals(List.of(10, 10, 10, 20, 20, 30, 30).stream().map(BigInteger::valueOf).toList(), r);
    }

    @Test
    void emptyBlockRewardsAreZero() {
        assertEquals(List.of(BigInteger.ZERO, BigInteger.ZERO), FeeOracle.rewards(0, BASE, List.of(), new double[] {10, 90}));
    }

    @Test
    void percentilesMustRiseWithinZeroToHundred() {
        assertNull(FeeOracle.checkPercentiles(new double[] {0, 50, 100}));
        assertEquals("invalid reward percentile: 101.000000", FeeOracle.checkPercentiles(new double[] {101}));
        assertEquals("invalid reward percentiles: #0:50.000000 >= #1:50.000000", FeeOracle.checkPercentiles(new double[] {50, 50}));
    }

    @Test
    void idleChainSuggestsTheMinimumTipAndCongestionTheMedianPlusTenPercent() {
        BlockHeader idle = header(21_000);
        assertEquals(FeeOracle.MIN_TIP, FeeOracle.suggestedTip(idle, List.of(receipt(21_000, 1_000 + 5_000_000))));
        BlockHeader full = header(29_990_000);
        List<StoredReceipt> receipts = List.of(receipt(10_000_000, 1_000 + 2_000_000), receipt(10_000_000, 1_000 + 4_000_000),
                receipt(9_990_000, 1_000 + 3_000_000));
        assertEquals(BigInteger.valueOf(3_300_000), FeeOracle.suggestedTip(full, receipts));
    }

    static BlockHeader header(long gasUsed) {
        return new BlockHeader(Hash.ZERO, Hash.EMPTY_LIST, Address.ZERO, Hash.EMPTY_TRIE, Hash.EMPTY_TRIE, Hash.EMPTY_TRIE,
                BlockHeader.EMPTY_BLOOM, BigInteger.ZERO, 1, 30_000_000, gasUsed, 1000, org.nos.protocol.base.Bytes.EMPTY,
                Hash.ZERO, BlockHeader.ZERO_NONCE, BASE, Hash.EMPTY_TRIE, 0L, 0L, Hash.ZERO);
    }
}
