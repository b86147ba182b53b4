package org.nos.ejb.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nos.evm.EvmConfig;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Wei;

/** The warm-up contract ships in the ejb jar and its {@code run(400)} does the work the warm-up counts on. */
class EvmWarmupTest {

    @Test
    void theWarmUpCallRunsEveryPartAndLogsOnce() {
        InMemoryStateStore store = InMemoryStateStore.empty();
        store.put(EvmWarmup.ADDRESS, new InMemoryStateStore.AllocAccount(1, Wei.ZERO, EvmWarmup.runtimeCode(), Map.of()));
        TransactionProcessor evm = new TransactionProcessor(EvmConfig.cancun());

        TransactionResult r = evm.call(WorldState.over(store), CallExecutorTest.BLOCK, Address.ZERO, EvmWarmup.ADDRESS,
                EvmWarmup.RUN_400, 16_000_000, Wei.ZERO, null);

        assertTrue(r.success(), "run(400) must not revert, or the warm-up would stop at its first call");
        assertTrue(r.gasUsed() > 2_000_000 && r.gasUsed() < 3_000_000, "gas used " + r.gasUsed());
        assertEquals(1, r.logs().size(), "one Step event");
        assertEquals(32, r.output().size(), "the checksum");
    }
}
