package org.nos.evm.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nos.evm.tracing.TracerTestSupport.CONFIG;
import static org.nos.evm.tracing.TracerTestSupport.addr;
import static org.nos.evm.tracing.TracerTestSupport.call;

import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nos.evm.Word;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;

/** Tracing observes execution without changing it; a null tracer runs the untraced path. */
class NullTracerTest {
    private static final Address LOOP = addr(0x100);
    /** Counts 10000 down to 0: PUSH2 10000, JUMPDEST, PUSH1 1, SWAP1, SUB, DUP1, PUSH1 3, JUMPI, STOP. */
    private static final String LOOP_CODE = "0x6127105b600190038060035700";

    @Test
    void tracersDoNotChangeResults() {
        check(() -> new NestedWorld().state(), NestedWorld.A);
        check(() -> new CreateWorld().state(), CreateWorld.F);
        check(() -> new TracerTestSupport().contract(LOOP, LOOP_CODE).state(), LOOP);
    }

    private static void check(Supplier<WorldState> world, Address to) {
        WorldState plain = world.get();
        TransactionResult expected = call(plain, to, 1_000_000, null);
        for (Function<WorldState, Tracer> tracer : java.util.List.<Function<WorldState, Tracer>>of(
                s -> new StructLogTracer(CONFIG, s, new StructLogTracer.Options(false, false, true, true, 0)),
                s -> new CallTracer(CONFIG, s, new CallTracer.Options(false, true)))) {
            WorldState traced = world.get();
            TransactionResult actual = call(traced, to, 1_000_000, tracer.apply(traced));
            assertEquals(expected, actual);
            assertEquals(plain.getStorage(to, Word.ZERO), traced.getStorage(to, Word.ZERO));
            assertEquals(plain.getNonce(to), traced.getNonce(to));
        }
    }

    @Test
    void measureTracingOverhead() {
        long untraced = time(() -> null);
        long structLogs = time(() -> new StructLogTracer(CONFIG, null));
        long calls = time(() -> new CallTracer(CONFIG, null));
        System.out.printf("10000-iteration loop (70k steps), best of 20: null tracer %d us, struct logs %d us, "
                + "call tracer %d us%n", untraced / 1000, structLogs / 1000, calls / 1000);
    }

    private static long time(Supplier<Tracer> tracer) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            WorldState s = new TracerTestSupport().contract(LOOP, LOOP_CODE).state();
            Tracer t = tracer.get();
            long start = System.nanoTime();
            call(s, LOOP, 1_000_000, t);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
