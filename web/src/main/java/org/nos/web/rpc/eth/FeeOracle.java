package org.nos.web.rpc.eth;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nos.ejb.chain.StoredReceipt;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.chain.Eip1559;
import org.nos.protocol.chain.Eip1559Params;
import org.nos.protocol.base.Wei;

/**
 * Fee arithmetic of eth_feeHistory, eth_maxPriorityFeePerGas and eth_gasPrice, plain Java.
 *
 * <p>The suggested tip follows op-geth's optimism oracle: while the latest block had room for one more of its
 * largest transactions (the chain is not congested) the suggestion is the minimum, {@link #MIN_TIP} (0.001 gwei,
 * op-geth's default); otherwise the median effective tip of that block plus 10%, at least the minimum. Deposits
 * (no fee) are left out.
 */
public final class FeeOracle {
    /** op-geth's minimum suggested priority fee: 0.001 gwei. */
    public static final BigInteger MIN_TIP = BigInteger.valueOf(1_000_000L);
    private static final int DEPOSIT_TYPE = 0x7e;

    private FeeOracle() {
    }

    /** The base fee of the block after {@code head} (EIP-1559 with the OP Stack parameters). */
    public static BigInteger nextBaseFee(BlockHeader head) {
        Wei parentFee = head.baseFeePerGas() == null ? Eip1559.INITIAL_BASE_FEE : Wei.of(head.baseFeePerGas());
        return Eip1559.nextBaseFee(head.gasUsed(), head.gasLimit(), parentFee, Eip1559Params.OP_STACK).toBigInteger();
    }

    /** The suggested priority fee after a block with this header and these receipts. */
    public static BigInteger suggestedTip(BlockHeader head, List<StoredReceipt> receipts) {
        BigInteger baseFee = head.baseFeePerGas() == null ? BigInteger.ZERO : head.baseFeePerGas();
        List<BigInteger> tips = new ArrayList<>();
        long largest = 0;
        for (StoredReceipt r : receipts) {
            if (r.type() == DEPOSIT_TYPE || r.effectiveGasPrice() == null) continue;
            tips.add(tip(r, baseFee));
            largest = Math.max(largest, r.gasUsed());
        }
        if (tips.isEmpty() || head.gasUsed() + largest <= head.gasLimit()) return MIN_TIP;
        tips.sort(Comparator.naturalOrder());
        BigInteger median = tips.get(tips.size() / 2);
        return median.multiply(BigInteger.valueOf(110)).divide(BigInteger.valueOf(100)).max(MIN_TIP);
    }

    /**
     * geth's feeHistory rewards of one block: the transactions sorted by effective tip, each weighted by its gas
     * used; for percentile p, the tip of the transaction in which the cumulative gas reaches p% of the block's gas
     * used. All zero for a block without transactions.
     */
    public static List<BigInteger> rewards(long blockGasUsed, BigInteger baseFee, List<StoredReceipt> receipts,
            double[] percentiles) {
        List<BigInteger> out = new ArrayList<>(percentiles.length);
        if (receipts.isEmpty()) {
            for (int i = 0; i < percentiles.length; i++) out.add(BigInteger.ZERO);
            return out;
        }
        record GasAndTip(long gas, BigInteger tip) {}
        List<GasAndTip> sorted = new ArrayList<>(receipts.size());
        for (StoredReceipt r : receipts) sorted.add(new GasAndTip(r.gasUsed(), tip(r, baseFee)));
        sorted.sort(Comparator.comparing(GasAndTip::tip)); // stable, as geth's SortStableFunc
        int index = 0;
        long sum = sorted.get(0).gas();
        for (double p : percentiles) {
            long threshold = (long) (blockGasUsed * p / 100);
            while (sum < threshold && index < sorted.size() - 1) {
                index++;
                sum += sorted.get(index).gas();
            }
            out.add(sorted.get(index).tip());
        }
        return out;
    }

    /** A receipt's effective tip: its effective gas price above the base fee (zero for deposits). */
    static BigInteger tip(StoredReceipt r, BigInteger baseFee) {
        if (r.effectiveGasPrice() == null) return BigInteger.ZERO;
        return r.effectiveGasPrice().toBigInteger().subtract(baseFee).max(BigInteger.ZERO);
    }

    /**
     * Checks the reward percentiles as geth does: each in [0, 100], strictly increasing.
     *
     * @return null when valid, else geth's message
     */
    public static String checkPercentiles(double[] percentiles) {
        for (int i = 0; i < percentiles.length; i++) {
            double p = percentiles[i];
            if (p < 0 || p > 100) return "invalid reward percentile: " + format(p);
            if (i > 0 && p <= percentiles[i - 1]) {
                return "invalid reward percentiles: #" + (i - 1) + ":" + format(percentiles[i - 1]) + " >= #" + i + ":" + format(p);
            }
        }
        return null;
    }

    private static String format(double p) {
        return String.format(java.util.Locale.ROOT, "%f", p);
    }
}
