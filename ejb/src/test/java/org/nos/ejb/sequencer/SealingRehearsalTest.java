package org.nos.ejb.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nos.ejb.chain.ChainRules;
import org.nos.ejb.contracts.ContractArtifact;
import org.nos.evm.EvmConfig;
import org.nos.evm.block.BlockExecutor;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.protocol.base.Wei;
import org.nos.rollup.txpool.PoolConfig;

/**
 * The start-up rehearsal must exercise what the sequencer does for users: admitted transfers and token calls that
 * succeed.
 */
class SealingRehearsalTest {
    private static final BlockExecutor EXECUTOR = new BlockExecutor(ChainRules.l2ChainConfig(42213, EvmConfig.l2()),
            new TransactionProcessor(EvmConfig.l2()));
    private static final PoolConfig POOL = PoolConfig.defaults(42213, 30_000_000);

    @Test
    void sealsTransfersAndTokenTransfersThatAllSucceed() {
        SealingRehearsal rehearsal = new SealingRehearsal(EXECUTOR, POOL, ContractArtifact.load("NosToken").bytecode());

        SealingRehearsal.Summary done = rehearsal.run(1200, () -> false);

        assertTrue(done.transactions() >= 1200, "sealed " + done.transactions());
        assertEquals(3, done.blocks(), "8 senders x 64 a block: 512 a block");
        assertEquals(0, done.failed(), "no transaction may revert");
        assertTrue(done.tokenTransfers() > done.transactions() / 3, "token transfers " + done.tokenTransfers());
    }

    @Test
    void paysThePoolsMinimumFeesAndStopsWhenAsked() {
        PoolConfig strict = new PoolConfig(42213, false, 30_000_000, Wei.gwei(5), Wei.gwei(50), POOL.maxTxSize(),
                POOL.maxInitcodeSize(), 16, 16, POOL.maxTotal(), POOL.priceBumpPercent());
        SealingRehearsal rehearsal = new SealingRehearsal(EXECUTOR, strict,
                ContractArtifact.load("NosToken").bytecode());
        int[] asked = {0};

        SealingRehearsal.Summary done = rehearsal.run(1_000_000, () -> ++asked[0] > 2);

        assertEquals(2, done.blocks());
        assertEquals(2 * 8 * 16, done.transactions(), "16 per sender and block, as the pool allows");
        assertEquals(0, done.failed());
    }
}
