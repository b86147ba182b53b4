package org.nos.rollup.txpool;

import java.util.Objects;
import org.nos.protocol.base.Wei;

/**
 * The pool's admission and capacity settings.
 *
 * @param chainId the chain id EIP-155 and typed transactions must commit to
 * @param allowUnprotected whether pre-EIP-155 legacy transactions (no chain id) are admitted
 * @param blockGasLimit no transaction may ask for more gas than a block holds
 * @param minTip the lowest {@code maxPriorityFeePerGas} admitted (geth's {@code --txpool.pricelimit})
 * @param minFeeCap the lowest {@code maxFeePerGas} admitted
 * @param maxTxSize the largest encoded transaction admitted, in bytes
 * @param maxInitcodeSize the largest initcode a creation may carry (EIP-3860: twice the chain's code size limit)
 * @param maxPerSender how many transactions (pending and queued) one sender may have in the pool
 * @param maxQueuedPerSender how many future (gapped) transactions one sender may add to its queue; demotion (an
 *     eviction or drop before them) may leave more queued, still within {@code maxPerSender}
 * @param maxTotal how many transactions the pool holds before it evicts the cheapest
 * @param priceBumpPercent how much a replacement must raise both the fee cap and the tip, in percent
 */
public record PoolConfig(long chainId, boolean allowUnprotected, long blockGasLimit, Wei minTip, Wei minFeeCap,
        int maxTxSize, int maxInitcodeSize, int maxPerSender, int maxQueuedPerSender, int maxTotal, int priceBumpPercent) {

    /** geth's {@code txMaxSize}: four 32 KiB slots. */
    public static final int DEFAULT_MAX_TX_SIZE = 128 * 1024;

    public PoolConfig {
        Objects.requireNonNull(minTip, "minTip");
        Objects.requireNonNull(minFeeCap, "minFeeCap");
        if (blockGasLimit <= 0) throw new IllegalArgumentException("blockGasLimit must be positive");
        if (maxTxSize <= 0) throw new IllegalArgumentException("maxTxSize must be positive");
        if (maxInitcodeSize <= 0) throw new IllegalArgumentException("maxInitcodeSize must be positive");
        if (maxPerSender <= 0) throw new IllegalArgumentException("maxPerSender must be positive");
        if (maxQueuedPerSender < 0) throw new IllegalArgumentException("maxQueuedPerSender must not be negative");
        if (maxTotal <= 0) throw new IllegalArgumentException("maxTotal must be positive");
        if (priceBumpPercent < 0) throw new IllegalArgumentException("priceBumpPercent must not be negative");
    }

    /** Ethereum's EIP-3860 initcode limit, twice the EIP-170 code size limit. */
    public static final int DEFAULT_MAX_INITCODE_SIZE = 49_152;

    /**
     * Replay protection required, no price floor, 128 KiB transactions, Ethereum's initcode limit, 64 per sender,
     * 5120 in all, a 10% bump.
     */
    public static PoolConfig defaults(long chainId, long blockGasLimit) {
        return new PoolConfig(chainId, false, blockGasLimit, Wei.ZERO, Wei.ZERO, DEFAULT_MAX_TX_SIZE, DEFAULT_MAX_INITCODE_SIZE, 64, 64,
                5120,
                10);
    }

    public PoolConfig withAllowUnprotected(boolean allow) {
        return new PoolConfig(chainId, allow, blockGasLimit, minTip, minFeeCap, maxTxSize, maxInitcodeSize, maxPerSender,
                maxQueuedPerSender, maxTotal, priceBumpPercent);
    }

    public PoolConfig withMinimumFees(Wei newMinTip, Wei newMinFeeCap) {
        return new PoolConfig(chainId, allowUnprotected, blockGasLimit, newMinTip, newMinFeeCap, maxTxSize, maxInitcodeSize,
                maxPerSender, maxQueuedPerSender, maxTotal, priceBumpPercent);
    }

    public PoolConfig withMaxInitcodeSize(int newMaxInitcodeSize) {
        return new PoolConfig(chainId, allowUnprotected, blockGasLimit, minTip, minFeeCap, maxTxSize,
                newMaxInitcodeSize, maxPerSender, maxQueuedPerSender, maxTotal, priceBumpPercent);
    }

    public PoolConfig withLimits(int newMaxPerSender, int newMaxQueuedPerSender, int newMaxTotal) {
        return new PoolConfig(chainId, allowUnprotected, blockGasLimit, minTip, minFeeCap, maxTxSize,
                maxInitcodeSize, newMaxPerSender, newMaxQueuedPerSender, newMaxTotal, priceBumpPercent);
    }
}
