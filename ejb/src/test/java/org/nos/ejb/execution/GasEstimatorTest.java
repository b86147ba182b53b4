package org.nos.ejb.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.nos.evm.EvmConfig;
import org.nos.evm.interpreter.Cancellation;
import org.nos.evm.interpreter.ExecutionCancelledException;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Bytes;

class GasEstimatorTest {
    final CallExecutor executor = new CallExecutor(EvmConfig.l2());
    final InMemoryStateStore store = CallExecutorTest.chain();

    GasEstimator.Attempt attempt(CallRequest request) {
        return gas -> executor.run(WorldState.over(store), CallExecutorTest.BLOCK, request, gas, null);
    }

    @Test
    void nestedCallEstimateIsTheLowestLimitThatSucceedsUnderThe63Over64Rule() throws CallException {
        CallRequest request = CallRequest.of(CallExecutorTest.ALICE, CallExecutorTest.CALLER, Bytes.EMPTY);
        long estimate = GasEstimator.estimate(30_000_000, false, attempt(request));
        CallResult exact = attempt(request).run(estimate);
        assertTrue(exact.success(), "executing with exactly the estimate succeeds");
        assertFalse(attempt(request).run(estimate - 1).success(), "one gas less fails: the estimate is the lowest");
        assertTrue(estimate > exact.gasUsed(), "the 63/64 rule makes the limit exceed the gas used: "
                + estimate + " vs " + exact.gasUsed());
    }

    @Test
    void plainTransferIs21000AtOnce() throws CallException {
        AtomicInteger runs = new AtomicInteger();
        CallRequest request = CallRequest.of(CallExecutorTest.ALICE, CallExecutorTest.EMPTY, Bytes.EMPTY);
        GasEstimator.Attempt counted = gas -> {
            runs.incrementAndGet();
            return attempt(request).run(gas);
        };
        assertEquals(21_000, GasEstimator.estimate(30_000_000, true, counted));
        assertEquals(1, runs.get());
    }

    @Test
    void revertAtTheCapIsAnErrorWithTheRevertData() {
        CallRequest request = CallRequest.of(CallExecutorTest.ALICE, CallExecutorTest.REVERTER, Bytes.EMPTY);
        ExecutionRevertedException e = assertThrows(ExecutionRevertedException.class,
                () -> GasEstimator.estimate(30_000_000, false, attempt(request)));
        assertEquals("execution reverted: nope", e.getMessage());
    }

    @Test
    void outOfGasAtTheCapExceedsTheAllowance() {
        CallRequest request = CallRequest.of(CallExecutorTest.ALICE, CallExecutorTest.BURNER, Bytes.EMPTY);
        CallException e = assertThrows(CallException.class, () -> GasEstimator.estimate(40_000, false, attempt(request)));
        assertEquals("gas required exceeds allowance (40000)", e.getMessage());
    }

    @Test
    void aRaisedCancellationAbortsALongCall() {
        CallRequest request = CallRequest.of(CallExecutorTest.ALICE, CallExecutorTest.BURNER, Bytes.EMPTY);
        Cancellation expired = Cancellation.create();
        expired.cancel();
        assertThrows(ExecutionCancelledException.class, () -> executor.run(WorldState.over(store),
                CallExecutorTest.BLOCK, request, 1_000_000, null, expired));
    }
}
