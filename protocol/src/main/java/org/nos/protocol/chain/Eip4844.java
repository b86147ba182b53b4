package org.nos.protocol.chain;

import java.math.BigInteger;
import org.nos.protocol.base.Wei;

/** The EIP-4844 blob-gas rules: the blob base fee from the excess blob gas, and how the excess evolves. */
public final class Eip4844 {
    public static final long GAS_PER_BLOB = 131_072;
    public static final Wei MIN_BLOB_BASE_FEE = Wei.of(1);
    /** The version byte that starts every blob versioned hash (KZG). */
    public static final byte VERSIONED_HASH_VERSION_KZG = 0x01;

    private Eip4844() {}

    /**
     * {@code factor * e^(numerator / denominator)} approximated with integers by its Taylor series, exactly as
     * the EIP specifies it.
     */
    public static BigInteger fakeExponential(BigInteger factor, BigInteger numerator, BigInteger denominator) {
        BigInteger output = BigInteger.ZERO;
        BigInteger accumulator = factor.multiply(denominator);
        for (long i = 1; accumulator.signum() > 0; i++) {
            output = output.add(accumulator);
            accumulator = accumulator.multiply(numerator).divide(denominator.multiply(BigInteger.valueOf(i)));
        }
        return output.divide(denominator);
    }

    /** The blob base fee at {@code excessBlobGas}. */
    public static Wei blobBaseFee(long excessBlobGas, BlobSchedule schedule) {
        return Wei.of(fakeExponential(MIN_BLOB_BASE_FEE.toBigInteger(), BigInteger.valueOf(excessBlobGas),
                BigInteger.valueOf(schedule.baseFeeUpdateFraction())));
    }

    /** The excess blob gas of the block after a parent with these values: what it used beyond the target. */
    public static long nextExcessBlobGas(long parentExcessBlobGas, long parentBlobGasUsed, BlobSchedule schedule) {
        long total = parentExcessBlobGas + parentBlobGasUsed;
        long target = schedule.targetBlobGasPerBlock();
        return total < target ? 0 : total - target;
    }

    /** The blob gas of a transaction with {@code blobCount} blobs. */
    public static long blobGas(int blobCount) {
        return blobCount * GAS_PER_BLOB;
    }
}
