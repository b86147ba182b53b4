package org.nos.evm.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;

/**
 * The compiled code gives the interpreter's results: output, success and gas used, for programs that succeed, that
 * fail at every kind of fault, that call out and resume, and for loops long enough to be handed over mid-run.
 */
class CodeCompilerTest {
    /** x = 1; i = n; do { x = (x * 6364136223846793005 + 1) % 0xfff...61; } while (--i != 0); return x. */
    static String arithLoop(int n) {
        return arithLoop("", n);
    }

    /** {@link #arithLoop(int)} after {@code prefix} (hex code that leaves the stack as it found it). */
    static String arithLoop(String prefix, int n) {
        int loop = prefix.length() / 2 + 6;
        return prefix
                + "6001" // x = 1
                + "62" + String.format("%06x", n) // i = n
                + "5b" // loop: [x, i]
                + "90" + "67" + "5851f42d4c957f2d" + "02" + "6001" + "01" // [i, x*k+1]
                + "6f" + "ffffffffffffffffffffffffffffff61" + "90" + "06" // [i, x']
                + "90" + "6001" + "90" + "03" // [x', i-1]
                + "80" + "61" + String.format("%04x", loop) + "57" // jump back while i != 0
                + "50" + EvmTest.RETURN_TOP;
    }

    static Stream<Arguments> programs() {
        return Stream.concat(EvmTest.programs().map(a -> Arguments.of(a.get()[0], a.get()[1])),
                EvmTest.failures().map(a -> Arguments.of(a.get()[0], a.get()[1])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void compiledFromTheStartGivesTheInterpretersResult(String name, String code) {
        for (long gas : new long[] {1_000_000, 60, 9, 0}) {
            assertSame(run(code, gas, EvmConfig.NEVER_COMPILE), run(code, gas, 0), name + " with gas " + gas);
        }
    }

    @Test
    void aLongLoopIsHandedToTheCompiledCodeWithTheSameResultAndGas() {
        assertEveryThresholdAgrees(arithLoop(10_000), 0, 1);
    }

    @Test
    void aLoopThatRunsOutOfGasInTheCompiledCodeFailsAsInTheInterpreter() {
        String code = arithLoop(10_000);
        for (long gas : new long[] {300_000, 300_001, 300_017}) {
            TransactionResult interpreted = run(code, gas, EvmConfig.NEVER_COMPILE);
            assertFalse(interpreted.success());
            assertSame(interpreted, run(code, gas, 10));
        }
    }

    @Test
    void aFrameResumesInItsCompiledCodeAfterACall() {
        // STATICCALL the identity precompile, then loop: the frame resumes after the call in the compiled code
        String code = arithLoop("6001601f53" + "6001" + "6040" + "6001" + "601f" + "6004" + "5a" + "fa" + "50", 100);
        TransactionResult interpreted = run(code, 1_000_000, EvmConfig.NEVER_COMPILE);
        assertTrue(interpreted.success());
        assertSame(interpreted, run(code, 1_000_000, 0));
    }

    @Test
    void aLoopThatCallsOutEachTimeGoesOnCompiledAfterEachCall() {
        // i = 3000; do { STATICCALL identity(); } while (--i != 0); return 42
        String code = "610bb8" + "5b" + "5f5f5f5f" + "6004" + "5a" + "fa" + "50" + "6001" + "90" + "03" + "80"
                + "610003" + "57" + "50" + "602a" + EvmTest.RETURN_TOP;
        assertEveryThresholdAgrees(code, 5, 0);
    }

    @Test
    void codeCompilesOnceAndCodeTooLargeForTheJitIsLeftToTheInterpreter() {
        OpcodeTable table = OpcodeTable.of(Fork.CANCUN);
        CodeAnalysis loop = CodeAnalysis.of(Hex.decode(arithLoop(10)));
        CompiledCode compiled = CompiledRegions.of(loop, table, 0);
        assertNotNull(compiled);
        assertTrue(compiled == CompiledRegions.of(loop, table, 0));
        // 3,000 ADDs of PUSHed words: far beyond HotSpot's 8,000 bytes of bytecode per JIT-compiled method
        CodeAnalysis huge = CodeAnalysis.of(Hex.decode("6001" + "600101".repeat(3_000) + "00"));
        assertNull(CompiledRegions.of(huge, table, 0));
        assertSame(run("6001" + "600101".repeat(3_000) + EvmTest.RETURN_TOP, 100_000, EvmConfig.NEVER_COMPILE),
                run("6001" + "600101".repeat(3_000) + EvmTest.RETURN_TOP, 100_000, 0));
    }

    @Test
    void theCompiledRegionsAreBoundedAndTheLeastRecentlyUsedIsCompiledAgain() {
        OpcodeTable table = OpcodeTable.of(Fork.CANCUN);
        CodeAnalysis first = CodeAnalysis.of(Hex.decode(arithLoop(1)));
        CompiledCode compiled = CompiledRegions.of(first, table, 0);
        for (int n = 2; n <= CompiledRegions.CAPACITY + 1; n++) {
            CompiledRegions.of(CodeAnalysis.of(Hex.decode(arithLoop(n))), table, 0);
        }
        CompiledCode again = CompiledRegions.of(first, table, 0);
        assertNotNull(again);
        assertTrue(again != compiled, "evicted, then compiled again");
    }

    @Test
    void aRaisedFlagStopsACompiledLoop() {
        Cancellation cancellation = Cancellation.create();
        InMemoryStateStore store = InMemoryStateStore.fromAlloc(Map.of(EvmTest.CONTRACT,
                new InMemoryStateStore.AllocAccount(1, Wei.ZERO, Bytes.fromHex("5b600056"), Map.of())));
        Environment env = new Environment(EvmTest.CALLER, Word.ZERO, List.of(), Address.ZERO, 1, 1, 30_000_000,
                Word.ZERO, Word.ZERO, Word.ONE, 1, n -> Hash.ZERO);
        Evm evm = new Evm(EvmConfig.cancun().withCompileAfterJumps(0), WorldState.over(store), env, null,
                cancellation);
        CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS).execute(cancellation::cancel);
        assertThrows(ExecutionCancelledException.class,
                () -> evm.call(EvmTest.CALLER, EvmTest.CONTRACT, Word.ZERO, new byte[0], Long.MAX_VALUE / 2));
    }

    /**
     * {@code code} succeeds with 10M gas in the interpreter, and gives the same result and gas when compiled after
     * the default number of jumps and after each of {@code thresholds}.
     */
    private static void assertEveryThresholdAgrees(String code, int... thresholds) {
        TransactionResult interpreted = run(code, 10_000_000, EvmConfig.NEVER_COMPILE);
        assertTrue(interpreted.success());
        assertSame(interpreted, run(code, 10_000_000, EvmConfig.LOOP_COMPILE_JUMPS));
        for (int jumps : thresholds) assertSame(interpreted, run(code, 10_000_000, jumps), "after " + jumps + " jumps");
    }

    private static TransactionResult run(String code, long gas, int compileAfterJumps) {
        InMemoryStateStore store = InMemoryStateStore.fromAlloc(Map.of(
                EvmTest.CALLER, new InMemoryStateStore.AllocAccount(0, Wei.ether(1), Bytes.EMPTY, Map.of()),
                EvmTest.CONTRACT, new InMemoryStateStore.AllocAccount(1, Wei.of(77), Bytes.fromHex(code), Map.of())));
        return new TransactionProcessor(EvmConfig.cancun().withCompileAfterJumps(compileAfterJumps))
                .call(WorldState.over(store), EvmTest.BLOCK, EvmTest.CALLER, EvmTest.CONTRACT, Bytes.EMPTY, gas,
                        Wei.ZERO, null);
    }

    private static void assertSame(TransactionResult expected, TransactionResult actual) {
        assertSame(expected, actual, "");
    }

    private static void assertSame(TransactionResult expected, TransactionResult actual, String what) {
        assertEquals(expected.success(), actual.success(), what + ": success");
        assertEquals(expected.gasUsed(), actual.gasUsed(), what + ": gas used");
        assertEquals(expected.output(), actual.output(), what + ": output");
    }
}
