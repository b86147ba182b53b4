package org.nos.evm.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.evm.tracing.TracerTestSupport.CONFIG;
import static org.nos.evm.tracing.TracerTestSupport.addr;
import static org.nos.evm.tracing.TracerTestSupport.call;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nos.evm.Word;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;

/**
 * The untraced interpreter runs PUSH2+JUMP/JUMPI, ISZERO+PUSH2+JUMPI and SWAPn+POP as single steps; a tracer sees
 * every step. At every gas limit around the program's need the two must agree: same success, gas used, output.
 */
class FusedStepsTest {
    private static final Address CONTRACT = addr(0x200);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // x = 5; do x -= 1 while (!iszero(x)) via ISZERO PUSH2 JUMPI and PUSH2 JUMP; then SWAP2 POP, ADD: returns 16
        "count down and assign, 0x60055b60019003801561001157610002565b6007600991500160005260206000f3, true",
        // ISZERO PUSH2 JUMPI taken to a byte that is no JUMPDEST: an invalid jump
        "jump on zero to a non-JUMPDEST, 0x600015610008570000, false",
        // ISZERO PUSH2 JUMPI not taken, then SWAP1 POP at the end of the code
        "not taken then swap-pop at the end, 0x6001156100095760026003905000, true",
    })
    void tracedAndUntracedAgreeAtEveryGasLimit(String name, String code, boolean succeedsWithEnoughGas) {
        TransactionResult plenty = run(code, 1_000_000, null);
        assertEquals(succeedsWithEnoughGas, plenty.success(), name);
        long need = plenty.gasUsed(); // an invalid jump uses all the gas it has
        for (long gas = 0; gas <= (succeedsWithEnoughGas ? need + 40 : 200); gas++) {
            TransactionResult untraced = run(code, gas, null);
            WorldState s = world(code);
            TransactionResult traced = call(s, CONTRACT, gas,
                    new StructLogTracer(CONFIG, s, new StructLogTracer.Options(false, false, true, true, 0)));
            assertEquals(traced, untraced, name + " with gas " + gas);
        }
        if (succeedsWithEnoughGas) {
            assertTrue(run(code, need, null).success(), "exactly the gas used suffices");
            assertFalse(run(code, need - 1, null).success(), "one less runs out");
        }
    }

    private static TransactionResult run(String code, long gas, Tracer tracer) {
        return call(world(code), CONTRACT, gas, tracer);
    }

    private static WorldState world(String code) {
        return new TracerTestSupport().contract(CONTRACT, code).state();
    }
}
