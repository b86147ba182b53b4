package org.nos.ejb.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nos.rollup.genesis.GenesisConfig;

/**
 * Chain settings of this node. Every key has a default; an environment variable overrides it under the
 * MicroProfile Config name mapping ({@code nos.block-time} is {@code NOS_BLOCK_TIME}).
 */
@ApplicationScoped
public class NodeSettings {

    @Inject
    @ConfigProperty(name = "nos.chain-id", defaultValue = "" + GenesisConfig.NOS_CHAIN_ID)
    long chainId;

    @Inject
    @ConfigProperty(name = "nos.block-time", defaultValue = "2")
    int blockTimeSeconds;

    @Inject
    @ConfigProperty(name = "nos.gas-limit", defaultValue = "" + GenesisConfig.DEFAULT_GAS_LIMIT)
    long gasLimit;

    @Inject
    @ConfigProperty(name = "nos.genesis-timestamp", defaultValue = "0")
    long genesisTimestamp;

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "nos.state.write-interval", defaultValue = "1")
    int stateWriteInterval;

    @Inject
    @ConfigProperty(name = "nos.txpool.allow-unprotected", defaultValue = "false")
    boolean txpoolAllowUnprotected;

    @Inject
    @ConfigProperty(name = "nos.txpool.min-tip", defaultValue = "0")
    java.math.BigInteger txpoolMinTip;

    @Inject
    @ConfigProperty(name = "nos.txpool.min-fee-cap", defaultValue = "0")
    java.math.BigInteger txpoolMinFeeCap;

    @Inject
    @ConfigProperty(name = "nos.txpool.max-per-sender", defaultValue = "1024")
    int txpoolMaxPerSender;

    @Inject
    @ConfigProperty(name = "nos.txpool.max-queued-per-sender", defaultValue = "64")
    int txpoolMaxQueuedPerSender;

    @Inject
    @ConfigProperty(name = "nos.txpool.max-total", defaultValue = "10000")
    int txpoolMaxTotal;

    @Inject
    @ConfigProperty(name = "nos.txpool.price-bump", defaultValue = "10")
    int txpoolPriceBump;

    /**
     * Whether the sequencer seals blocks ({@code nos.sequencer.enabled}, default true). Read at every
     * block time, so an operator can pause and resume sealing on a running node with a system property:
     * {@code /system-property=nos.sequencer.enabled:add(value=false)} in jboss-cli.
     */
    public boolean sequencerEnabled() {
        return config.getOptionalValue("nos.sequencer.enabled", Boolean.class).orElse(Boolean.TRUE);
    }

    /** The L2 chain id: eth_chainId, net_version and, later, transaction signatures. */
    public long chainId() {
        return chainId;
    }

    /**
     * How many sealed blocks' state may wait in memory before it is written to the state tables. Their blocks and
     * receipts are stored when sealed; after a crash the next start executes them again.
     */
    public int stateWriteInterval() {
        if (stateWriteInterval < 1) throw new IllegalStateException("nos.state.write-interval must be at least 1 block");
        return stateWriteInterval;
    }

    /** Seconds between two L2 blocks; block n+1's timestamp is block n's plus this. */
    public int blockTimeSeconds() {
        if (blockTimeSeconds < 1) throw new IllegalStateException("nos.block-time must be at least 1 second");
        return blockTimeSeconds;
    }

    /** The gas limit of every L2 block. */
    public long gasLimit() {
        return gasLimit;
    }

    /** The genesis timestamp in Unix seconds, or 0 for "when this node first starts a new chain". */
    public long genesisTimestamp() {
        return genesisTimestamp;
    }

    /**
     * How many calls of the JIT warm-up contract the node runs at start-up ({@code nos.evm.warmup-calls}, default
     * 150, about 350M gas in 1 to 3 seconds of one core); 0 switches the warm-up off.
     */
    public int evmWarmupCalls() {
        return config.getOptionalValue("nos.evm.warmup-calls", Integer.class).orElse(150);
    }

    /**
     * How many transactions the sequencer's rehearsal seals at start-up, on a scratch chain in memory, after the EVM
     * warm-up ({@code nos.sequencer.warmup-transactions}, default 20000, a few seconds of one core); 0 switches it off.
     */
    public long sequencerWarmupTransactions() {
        return config.getOptionalValue("nos.sequencer.warmup-transactions", Long.class).orElse(20_000L);
    }

    /**
     * Where the pool keeps its journal of just-accepted transactions ({@code nos.txpool.journal-dir}): by default the
     * server's data directory, the NOS data directory of {@code nos.sh}.
     */
    public java.nio.file.Path txpoolJournalDir() {
        return java.nio.file.Path.of(config.getOptionalValue("nos.txpool.journal-dir", String.class)
                .orElseGet(() -> config.getValue("jboss.server.data.dir", String.class)));
    }

    /** The most gas an eth_call, eth_estimateGas or debug_traceCall may use ({@code nos.rpc.gas-cap}, geth's 50M). */
    public long rpcGasCap() {
        return config.getOptionalValue("nos.rpc.gas-cap", Long.class).orElse(50_000_000L);
    }

    /**
     * How long one eth_call or eth_estimateGas may run ({@code nos.rpc.evm-timeout}, geth's RPCEVMTimeout: "5s";
     * a number with "ms", "s" or "m", or plain seconds; "0" for no limit).
     */
    public java.time.Duration rpcEvmTimeout() {
        return parseDuration(config.getOptionalValue("nos.rpc.evm-timeout", String.class).orElse("5s"));
    }

    /** "500ms", "5s", "2m" or a plain number of seconds. */
    public static java.time.Duration parseDuration(String text) {
        String t = text.trim();
        if (t.endsWith("ms")) return java.time.Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
        if (t.endsWith("s")) return java.time.Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).trim()) * 1000));
        if (t.endsWith("m")) return java.time.Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1).trim()) * 60);
        return java.time.Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
    }

    /**
     * The transaction pool's rules ({@code nos.txpool.*}): replay protection required unless
     * {@code allow-unprotected}, minimum tip and fee cap in wei, per-sender and total limits, the replacement bump
     * in percent; transactions up to the block gas limit and Ethereum's size and initcode limits.
     */
    public org.nos.rollup.txpool.PoolConfig poolConfig() {
        org.nos.protocol.base.Wei minTip = org.nos.protocol.base.Wei.of(txpoolMinTip);
        org.nos.protocol.base.Wei minFeeCap = org.nos.protocol.base.Wei.of(txpoolMinFeeCap);
        return new org.nos.rollup.txpool.PoolConfig(chainId, txpoolAllowUnprotected, gasLimit, minTip, minFeeCap,
                org.nos.rollup.txpool.PoolConfig.DEFAULT_MAX_TX_SIZE, org.nos.evm.EvmConfig.l2().maxInitcodeSize(),
                txpoolMaxPerSender, txpoolMaxQueuedPerSender, txpoolMaxTotal, txpoolPriceBump);
    }
}
