package org.nos.evm.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;

class CancellationTest {
    private static final Address CALLER = Address.fromHex("0x00000000000000000000000000000000000000c0");
    private static final Address LOOP = Address.fromHex("0x00000000000000000000000000000000000000aa");
    /** JUMPDEST PUSH1 0 JUMP: loops until the gas runs out. */
    private static final String ENDLESS_LOOP = "5b600056";

    @Test
    void aRaisedFlagStopsARunningLoopFromAnotherThread() throws Exception {
        Cancellation cancellation = Cancellation.create();
        Evm evm = evmOver(ENDLESS_LOOP, cancellation);
        CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS).execute(cancellation::cancel);
        long start = System.nanoTime();
        assertThrows(ExecutionCancelledException.class,
                () -> evm.call(CALLER, LOOP, Word.ZERO, new byte[0], Long.MAX_VALUE / 2));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30), "stopped long before its gas ran out");
    }

    @Test
    void anUncancelledRunEndsNormally() {
        Evm evm = evmOver(ENDLESS_LOOP, Cancellation.create());
        assertEquals(false, evm.call(CALLER, LOOP, Word.ZERO, new byte[0], 100_000).success());
    }

    @Test
    void theSharedNeverFlagCannotBeRaised() {
        assertThrows(IllegalStateException.class, () -> Cancellation.never().cancel());
    }

    private static Evm evmOver(String code, Cancellation cancellation) {
        InMemoryStateStore store = InMemoryStateStore.fromAlloc(Map.of(
                LOOP, new InMemoryStateStore.AllocAccount(1, Wei.ZERO, Bytes.wrap(Hex.decode(code)), Map.of())));
        Environment env = new Environment(CALLER, Word.ZERO, List.of(), Address.ZERO, 1, 1, 30_000_000, Word.ZERO,
                Word.ZERO, Word.ONE, 42213, n -> Hash.ZERO);
        return new Evm(EvmConfig.cancun(), WorldState.over(store), env, null, cancellation);
    }
}
