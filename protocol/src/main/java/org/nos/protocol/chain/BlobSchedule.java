package org.nos.protocol.chain;

/**
 * The EIP-4844 blob parameters of a fork: target and maximum blobs per block and the base-fee update fraction
 * (a fixture's {@code config.blobSchedule}). Each blob is {@link Eip4844#GAS_PER_BLOB} blob gas.
 */
public record BlobSchedule(int targetBlobsPerBlock, int maxBlobsPerBlock, long baseFeeUpdateFraction) {
    /** Cancun: target 3, max 6, fraction 3338477. */
    public static final BlobSchedule CANCUN = new BlobSchedule(3, 6, 3_338_477);

    public BlobSchedule {
        if (targetBlobsPerBlock < 0 || maxBlobsPerBlock < targetBlobsPerBlock || baseFeeUpdateFraction <= 0) {
            throw new IllegalArgumentException("invalid blob schedule");
        }
    }

    public long targetBlobGasPerBlock() {
        return targetBlobsPerBlock * Eip4844.GAS_PER_BLOB;
    }

    public long maxBlobGasPerBlock() {
        return maxBlobsPerBlock * Eip4844.GAS_PER_BLOB;
    }
}
