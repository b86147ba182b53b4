package org.nos.evm.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.evm.tracing.Tracer;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/**
 * The interpreter's shortcuts without a tracer (the JUMPDEST run by the jump that lands on it, and any later
 * pre-charging) must be invisible: for every gas limit, a program run without a tracer ends exactly as it does with
 * one (every instruction checked and charged on its own step): same outcome, same error, same gas left, same output.
 */
class TracedAndUntracedRunsAgreeTest {
    private static final Address CALLER = EvmTest.CALLER;
    private static final Address CONTRACT = EvmTest.CONTRACT;
    private static final Tracer PER_INSTRUCTION = new Tracer() {};

    static Stream<Arguments> programs() {
        String ret = EvmTest.RETURN_TOP;
        return Stream.of(
                // memory expansion mid-block with cheap instructions after it
                Arguments.of("MSTORE mid-block", "6001600201" + "600052" + "6001600101" + "60016001010101" + ret),
                Arguments.of("MLOAD far mid-block", "61100051" + "600160010101" + ret),
                Arguments.of("MSTORE8 mid-block", "60ff61020053" + "5f5f0101" + ret),
                Arguments.of("EXP mid-block", "7f" + "ff".repeat(32) + "60030a" + "6001600101" + ret),
                // GAS must see the gas as if every earlier instruction was charged and no later one
                Arguments.of("GAS mid-block", "600160020150" + "5a" + "600101" + ret),
                Arguments.of("stack underflow mid-block", "6001600201" + "01" + "01" + "00"),
                Arguments.of("undefined opcode mid-block", "6001600201" + "0c" + "00"),
                Arguments.of("stack overflow in a loop", "5b" + "5f5f" + "600056"),
                // a counting loop: JUMPI falls through and jumps back to a JUMPDEST inside a straight run
                Arguments.of("loop", "600a" + "5b" + "600190" + "03" + "80" + "600257" + ret),
                Arguments.of("JUMPDEST fallthrough", "6001" + "5b" + "6001015b" + "600101" + ret),
                Arguments.of("SSTORE sentry", "602a600155" + "6001600101" + ret),
                Arguments.of("KECCAK mid-run", "6040600020" + "600101" + ret),
                Arguments.of("STATICCALL forwards all-but-1/64", "6001601f53" + "6001" + "6040" + "6001" + "601f"
                        + "6004" + "5a" + "fa" + "50" + "604051" + ret),
                Arguments.of("long straight run", "600150".repeat(250) + "6001" + ret));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void endsLikeThePerInstructionRunAtEveryGasLimit(String name, String code) {
        for (long gas = 0; gas <= 3000; gas++) {
            String traced = outcome(code, gas, PER_INSTRUCTION);
            assertEquals(traced, outcome(code, gas, null), name + " with gas " + gas);
        }
        for (long gas : new long[] {10_000, 100_000, 1_000_000}) {
            assertEquals(outcome(code, gas, PER_INSTRUCTION), outcome(code, gas, null), name + " with gas " + gas);
        }
    }

    /** Success, revert or the error, then the gas left and the output of one top-level call. */
    static String outcome(String code, long gas, Tracer tracer) {
        InMemoryStateStore store = InMemoryStateStore.fromAlloc(Map.of(
                CALLER, new InMemoryStateStore.AllocAccount(0, Wei.ether(1), Bytes.EMPTY, Map.of()),
                CONTRACT, new InMemoryStateStore.AllocAccount(1, Wei.of(77), Bytes.fromHex(code), Map.of())));
        WorldState state = WorldState.over(store);
        state.warmAccount(CALLER);
        state.warmAccount(CONTRACT);
        Environment env = new Environment(CALLER, Word.ZERO, List.of(), Address.ZERO, 1, 1, 30_000_000, Word.ZERO,
                Word.ZERO, Word.ZERO, 1, n -> Hash.ZERO);
        MessageResult r = new Evm(EvmConfig.cancun(), state, env, tracer)
                .call(CALLER, CONTRACT, Word.ZERO, new byte[0], gas);
        String status = r.success() ? "ok" : r.reverted() ? "revert" : "error " + r.error();
        return status + " gas " + r.gasLeft() + " out " + Bytes.wrap(r.output());
    }
}
