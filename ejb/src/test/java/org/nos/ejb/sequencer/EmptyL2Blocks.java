package org.nos.ejb.sequencer;

import java.util.List;
import org.nos.ejb.chain.ChainRules;
import org.nos.evm.EvmConfig;
import org.nos.evm.block.BlockExecutor;
import org.nos.evm.block.TransactionCandidates;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.BlockHeader;

/** Empty L2 blocks built the way the sealer builds them: its attributes, executed by the L2's block executor. */
public final class EmptyL2Blocks {
    public static final long GAS_LIMIT = 30_000_000L;
    public static final int BLOCK_TIME = 2;
    public static final BlockExecutor EXECUTOR = new BlockExecutor(
            ChainRules.l2ChainConfig(42213, EvmConfig.l2()), new TransactionProcessor(EvmConfig.l2()));

    private EmptyL2Blocks() {}

    /** The empty block after {@code parent}: no transaction changes the state, so its root is the parent's. */
    public static BlockHeader after(BlockHeader parent) {
        return EXECUTOR.build(parent, WorldState.over(InMemoryStateStore.empty()),
                BlockSealer.attributesAfter(parent, BLOCK_TIME, GAS_LIMIT), List.of(), TransactionCandidates.inOrder(List.of()),
                n -> Hash.ZERO, parent::stateRoot).block().header();
    }
}
