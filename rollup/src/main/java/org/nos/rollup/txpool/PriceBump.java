package org.nos.rollup.txpool;

import java.math.BigInteger;
import org.nos.protocol.tx.Transaction;

/**
 * The replacement rule: a transaction takes an occupied nonce only by paying strictly more and at least
 * {@code percent}% more on both the fee cap and the tip than the one it replaces (thresholds rounded down).
 */
final class PriceBump {
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private PriceBump() {}

    static boolean isEnough(Transaction old, Transaction replacement, int percent) {
        return isEnough(old.maxFeePerGas().toBigInteger(), replacement.maxFeePerGas().toBigInteger(), percent)
                && isEnough(old.maxPriorityFeePerGas().toBigInteger(),
                        replacement.maxPriorityFeePerGas().toBigInteger(), percent);
    }

    private static boolean isEnough(BigInteger old, BigInteger offered, int percent) {
        if (offered.compareTo(old) <= 0) return false;
        BigInteger threshold = old.multiply(BigInteger.valueOf(100L + percent)).divide(HUNDRED);
        return offered.compareTo(threshold) >= 0;
    }
}
