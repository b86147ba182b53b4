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
}
