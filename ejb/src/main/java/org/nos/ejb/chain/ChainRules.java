package org.nos.ejb.chain;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.nos.ejb.config.NodeSettings;
import org.nos.evm.EvmConfig;
import org.nos.evm.block.BlockExecutor;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.protocol.chain.ChainConfig;
import org.nos.protocol.chain.Eip1559Params;
import org.nos.protocol.chain.Fork;

/**
 * The execution rules of this chain: Cancun from genesis, the configured chain id, the OP Stack EIP-1559
 * parameters with the 1 gwei floor, the L2 EVM (128 KiB code, base fee to the BaseFeeVault). Shared by the sealer
 * and by eth_call.
 */
@ApplicationScoped
public class ChainRules {

    @Inject
    NodeSettings settings;

    private ChainConfig chainConfig;
    private EvmConfig evmConfig;
    private BlockExecutor executor;

    @PostConstruct
    void init() {
        evmConfig = EvmConfig.l2();
        chainConfig = l2ChainConfig(settings.chainId(), evmConfig);
        executor = new BlockExecutor(chainConfig, new TransactionProcessor(evmConfig));
    }

    /** The L2's chain rules: Cancun, the OP Stack's EIP-1559 parameters with the 1 gwei floor, the L2 code size. */
    public static ChainConfig l2ChainConfig(long chainId, EvmConfig evmConfig) {
        return ChainConfig.atGenesis(chainId, Fork.CANCUN)
                .withEip1559(Eip1559Params.OP_STACK)
                .withMaxCodeSize(evmConfig.maxCodeSize());
    }

    public ChainConfig chainConfig() {
        return chainConfig;
    }

    public EvmConfig evmConfig() {
        return evmConfig;
    }

    /** A new processor (cheap; not shared between threads). */
    public TransactionProcessor newProcessor() {
        return new TransactionProcessor(evmConfig);
    }

    public BlockExecutor executor() {
        return executor;
    }
}
