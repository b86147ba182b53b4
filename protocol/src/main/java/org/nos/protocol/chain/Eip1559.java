package org.nos.protocol.chain;

import java.math.BigInteger;
import org.nos.protocol.base.Wei;

/** The EIP-1559 base-fee rule. */
public final class Eip1559 {
    /** The base fee of the first London block. */
    public static final Wei INITIAL_BASE_FEE = Wei.gwei(1);

    private Eip1559() {}

    /**
     * The base fee of the block after a parent that used {@code parentGasUsed} of {@code parentGasLimit} at
     * {@code parentBaseFee}. Above the target the fee rises by at least 1 wei; below it, it falls; it never goes
     * below the floor of {@code params}.
     */
    public static Wei nextBaseFee(long parentGasUsed, long parentGasLimit, Wei parentBaseFee, Eip1559Params params) {
        long target = parentGasLimit / params.elasticityMultiplier();
        BigInteger base = parentBaseFee.toBigInteger();
        BigInteger next;
        if (target == 0 || parentGasUsed == target) {
            next = base;
        } else if (parentGasUsed > target) {
            BigInteger delta = base.multiply(BigInteger.valueOf(parentGasUsed - target))
                    .divide(BigInteger.valueOf(target))
                    .divide(BigInteger.valueOf(params.baseFeeChangeDenominator()))
                    .max(BigInteger.ONE);
            next = base.add(delta);
        } else {
            BigInteger delta = base.multiply(BigInteger.valueOf(target - parentGasUsed))
                    .divide(BigInteger.valueOf(target))
                    .divide(BigInteger.valueOf(params.baseFeeChangeDenominator()));
            next = base.subtract(delta).max(BigInteger.ZERO);
        }
        return Wei.of(next.max(params.minBaseFee().toBigInteger()));
    }
}
