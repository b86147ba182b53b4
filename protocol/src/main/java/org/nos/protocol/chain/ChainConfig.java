package org.nos.protocol.chain;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What makes a chain: its id, when each fork activates (forks up to {@link Fork#PARIS} at a block number, later
 * ones at a timestamp), the contract size limit, and the fee parameters. Immutable; the {@code with*} methods
 * return changed copies.
 */
public final class ChainConfig {
    /** EIP-170's limit on deployed code, in bytes. */
    public static final int DEFAULT_MAX_CODE_SIZE = 24_576;
    private static final long NEVER = -1;

    private final long chainId;
    private final long[] activations;
    private final int maxCodeSize;
    private final Eip1559Params eip1559;
    private final BlobSchedule blobSchedule;

    private ChainConfig(long chainId, long[] activations, int maxCodeSize, Eip1559Params eip1559,
            BlobSchedule blobSchedule) {
        this.chainId = chainId;
        this.activations = activations;
        this.maxCodeSize = maxCodeSize;
        this.eip1559 = Objects.requireNonNull(eip1559, "eip1559");
        this.blobSchedule = Objects.requireNonNull(blobSchedule, "blobSchedule");
        checkOrder(activations);
    }

    /** Every fork up to and including {@code fork} active from genesis, later ones never: as the fixtures run. */
    public static ChainConfig atGenesis(long chainId, Fork fork) {
        long[] at = new long[Fork.values().length];
        for (Fork f : Fork.values()) at[f.ordinal()] = f.isAtLeast(fork) && f != fork ? NEVER : 0;
        return new ChainConfig(chainId, at, DEFAULT_MAX_CODE_SIZE, Eip1559Params.ETHEREUM, BlobSchedule.CANCUN);
    }

    /** Ethereum mainnet (chain id 1). */
    public static ChainConfig mainnet() {
        long[] at = {0, 1_150_000, 2_463_000, 2_675_000, 4_370_000, 7_280_000, 7_280_000, 9_069_000, 12_244_000,
            12_965_000, 15_537_394, 1_681_338_455L, 1_710_338_135L};
        return new ChainConfig(1, at, DEFAULT_MAX_CODE_SIZE, Eip1559Params.ETHEREUM, BlobSchedule.CANCUN);
    }

    /** A copy where {@code fork} activates at block {@code at} (or timestamp, from Shanghai on). */
    public ChainConfig withActivation(Fork fork, long at) {
        if (at < 0) throw new IllegalArgumentException("activation must be non-negative");
        long[] copy = activations.clone();
        copy[fork.ordinal()] = at;
        return new ChainConfig(chainId, copy, maxCodeSize, eip1559, blobSchedule);
    }

    /** A copy where {@code fork} never activates (nor, by order, any later fork may). */
    public ChainConfig withoutFork(Fork fork) {
        long[] copy = activations.clone();
        for (Fork f : Fork.values()) if (f.isAtLeast(fork)) copy[f.ordinal()] = NEVER;
        return new ChainConfig(chainId, copy, maxCodeSize, eip1559, blobSchedule);
    }

    public ChainConfig withChainId(long newChainId) {
        return new ChainConfig(newChainId, activations, maxCodeSize, eip1559, blobSchedule);
    }

    public ChainConfig withMaxCodeSize(int newMaxCodeSize) {
        if (newMaxCodeSize <= 0) throw new IllegalArgumentException("max code size must be positive");
        return new ChainConfig(chainId, activations, newMaxCodeSize, eip1559, blobSchedule);
    }

    public ChainConfig withEip1559(Eip1559Params params) {
        return new ChainConfig(chainId, activations, maxCodeSize, params, blobSchedule);
    }

    public ChainConfig withBlobSchedule(BlobSchedule schedule) {
        return new ChainConfig(chainId, activations, maxCodeSize, eip1559, schedule);
    }

    public long chainId() {
        return chainId;
    }

    /** The largest deployable code (EIP-170). */
    public int maxCodeSize() {
        return maxCodeSize;
    }

    /** The largest init code (EIP-3860): twice the code limit. */
    public int maxInitCodeSize() {
        return 2 * maxCodeSize;
    }

    public Eip1559Params eip1559() {
        return eip1559;
    }

    public BlobSchedule blobSchedule() {
        return blobSchedule;
    }

    /** The block number or timestamp at which {@code fork} activates; empty when it never does. */
    public OptionalLong activation(Fork fork) {
        long at = activations[fork.ordinal()];
        return at == NEVER ? OptionalLong.empty() : OptionalLong.of(at);
    }

    public boolean isActive(Fork fork, long blockNumber, long timestamp) {
        long at = activations[fork.ordinal()];
        if (at == NEVER) return false;
        return fork.activatesByTimestamp() ? timestamp >= at : blockNumber >= at;
    }

    /** The latest fork active at this block. */
    public Fork forkAt(long blockNumber, long timestamp) {
        Fork[] forks = Fork.values();
        for (int i = forks.length - 1; i > 0; i--) {
            if (isActive(forks[i], blockNumber, timestamp)) return forks[i];
        }
        return Fork.FRONTIER;
    }

    /** Forks are scheduled in order: a fork never comes before an earlier one, nor exists without it. */
    private static void checkOrder(long[] at) {
        Fork[] forks = Fork.values();
        if (at.length != forks.length) throw new IllegalArgumentException("one activation per fork");
        for (int i = 1; i < forks.length; i++) {
            if (at[i] == NEVER) continue;
            if (at[i - 1] == NEVER) {
                throw new IllegalArgumentException(forks[i] + " is scheduled but " + forks[i - 1] + " is not");
            }
            boolean sameClock = forks[i].activatesByTimestamp() == forks[i - 1].activatesByTimestamp();
            if (sameClock && at[i] < at[i - 1]) {
                throw new IllegalArgumentException(forks[i] + " activates before " + forks[i - 1]);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainConfig c && chainId == c.chainId && Arrays.equals(activations, c.activations)
                && maxCodeSize == c.maxCodeSize && eip1559.equals(c.eip1559) && blobSchedule.equals(c.blobSchedule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chainId, Arrays.hashCode(activations), maxCodeSize, eip1559, blobSchedule);
    }

    @Override
    public String toString() {
        return "ChainConfig[chainId=" + chainId + ", latest fork at genesis=" + forkAt(0, 0) + "]";
    }
}
