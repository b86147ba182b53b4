package org.nos.evm.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.evm.tracing.TracerTestSupport.CONFIG;
import static org.nos.evm.tracing.TracerTestSupport.addr;
import static org.nos.evm.tracing.TracerTestSupport.call;
import static org.nos.evm.tracing.TracerTestSupport.raw;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nos.evm.Word;
import org.nos.evm.interpreter.Gas;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;

class StructLogTracerTest {
    private static final Address C = addr(0xc0);
    private static final String ZERO64 = "0".repeat(64);

    private static String slot(int v) {
        return String.format("%064x", v);
    }

    @Test
    void pushAddSstoreStepsMatchGeth() {
        // PUSH1 2, PUSH1 3, ADD, PUSH1 0, SSTORE, STOP
        WorldState s = new TracerTestSupport().contract(C, "0x6002600301600055" + "00").state();
        StructLogTracer t = new StructLogTracer(CONFIG, s);
        TransactionResult r = call(s, C, 100_000, t);
        assertTrue(r.success());
        StructLogResult res = t.result(r);
        assertEquals(22_112, res.gas());
        assertFalse(res.failed());
        assertEquals("0x", res.returnValue());
        List<StructLog> logs = res.structLogs();
        assertEquals(6, logs.size());
        assertStep(logs.get(0), 0, "PUSH1", 100_000, 3, List.of());
        assertStep(logs.get(1), 2, "PUSH1", 99_997, 3, List.of("0x2"));
        assertStep(logs.get(2), 4, "ADD", 99_994, 3, List.of("0x2", "0x3"));
        assertStep(logs.get(3), 5, "PUSH1", 99_991, 3, List.of("0x5"));
        assertStep(logs.get(4), 7, "SSTORE", 99_988, 22_100, List.of("0x5", "0x0"));
        assertStep(logs.get(5), 8, "STOP", 77_888, 0, List.of());
        assertEquals(Map.of(ZERO64, slot(5)), logs.get(4).storage());
        for (StructLog l : logs) {
            assertEquals(1, l.depth());
            assertNull(l.error());
            assertNull(l.memory());
            assertNull(l.refund());
            if (!l.op().equals("SSTORE")) assertNull(l.storage());
        }
    }

    private static void assertStep(StructLog l, long pc, String op, long gas, long cost, List<String> stack) {
        assertEquals(pc, l.pc(), "pc of " + l);
        assertEquals(op, l.op(), "op of " + l);
        assertEquals(gas, l.gas(), "gas of " + l);
        assertEquals(cost, l.gasCost(), "gasCost of " + l);
        assertEquals(stack, l.stack(), "stack of " + l);
    }

    @Test
    void sloadStorageComesFromStateOrFromTheStackAfterwards() {
        // PUSH1 1, SLOAD, PUSH1 7, PUSH1 2, SSTORE, STOP with slot 1 = 0x42
        String code = "0x600154" + "6007600255" + "00";
        for (boolean withState : new boolean[] {true, false}) {
            WorldState s = new TracerTestSupport().contract(C, code, 0, Map.of(Word.ONE, Word.of(0x42))).state();
            StructLogTracer t = new StructLogTracer(CONFIG, withState ? s : null);
            call(s, C, 100_000, t);
            List<StructLog> logs = t.result().structLogs();
            assertEquals("SLOAD", logs.get(1).op());
            assertEquals(2_100, logs.get(1).gasCost());
            assertEquals(Map.of(slot(1), slot(0x42)), logs.get(1).storage(), "withState " + withState);
            assertEquals("SSTORE", logs.get(4).op());
            assertEquals(Map.of(slot(1), slot(0x42), slot(2), slot(7)), logs.get(4).storage());
            assertEquals(List.of(slot(1), slot(2)), List.copyOf(logs.get(4).storage().keySet()), "sorted keys");
        }
    }

    @Test
    void refundMemoryReturnDataAndLimitOptions() {
        // slot 0 = 1; PUSH1 0xff, PUSH1 0, MSTORE, PUSH1 0, PUSH1 0, SSTORE (clears: refund 4800), STOP
        WorldState s = new TracerTestSupport().contract(C, "0x60ff600052" + "6000600055" + "00", 0,
                Map.of(Word.ZERO, Word.ONE)).state();
        StructLogTracer t = new StructLogTracer(CONFIG, s,
                new StructLogTracer.Options(true, true, true, true, 0));
        call(s, C, 100_000, t);
        List<StructLog> logs = t.result().structLogs();
        assertEquals(7, logs.size());
        StructLog mstore = logs.get(2);
        assertEquals("MSTORE", mstore.op());
        assertEquals(3 + 3, mstore.gasCost());
        assertEquals(List.of(), mstore.memory());
        StructLog sstore = logs.get(5);
        assertEquals(5_000, sstore.gasCost()); // cold 2100 + reset 2900
        assertNull(sstore.stack());
        assertNull(sstore.storage());
        assertEquals(List.of("0".repeat(62) + "ff"), sstore.memory());
        assertNull(sstore.refund());
        assertEquals(4_800L, logs.get(6).refund());
        assertNull(logs.get(6).returnData());

        WorldState s2 = new TracerTestSupport().contract(C, "0x6002600301600055" + "00").state();
        StructLogTracer limited = new StructLogTracer(CONFIG, s2, new StructLogTracer.Options(false, false, false,
                false, 2));
        call(s2, C, 100_000, limited);
        List<StructLog> two = limited.result().structLogs();
        assertEquals(2, two.size());
        assertEquals(3, two.get(1).gasCost());
    }

    @Test
    void nestedCallsRevertAndStaticCall() {
        NestedWorld w = new NestedWorld();
        WorldState s = w.state();
        StructLogTracer t = new StructLogTracer(CONFIG, s, new StructLogTracer.Options(false, false, false, true, 0));
        TransactionResult r = call(s, NestedWorld.A, 1_000_000, t);
        assertTrue(r.success());
        List<StructLog> logs = t.result(r).structLogs();
        StructLog callR = first(logs, "CALL");
        assertEquals(1, callR.depth());
        assertEquals(2_600 + 50_000, callR.gasCost()); // cold account + forwarded gas, as geth reports it
        int i = logs.indexOf(callR);
        StructLog firstInR = logs.get(i + 1);
        assertEquals(2, firstInR.depth());
        assertEquals(50_000, firstInR.gas());
        StructLog revert = first(logs, "REVERT");
        assertEquals(2, revert.depth());
        assertEquals(0, revert.gasCost());
        assertEquals(27, first(logs, "CODECOPY").gasCost());
        StructLog afterCall = logs.get(logs.indexOf(revert) + 1);
        assertEquals(1, afterCall.depth());
        assertEquals("0x0", afterCall.stack().get(afterCall.stack().size() - 1)); // the CALL failed
        assertEquals("0x" + NestedWorld.REVERT_PAYLOAD, afterCall.returnData());
        // the gas bookkeeping across the call: gas after = before - cost + callee's unused gas
        assertEquals(callR.gas() - callR.gasCost() + (50_000 - 42), afterCall.gas());

        StructLog staticCall = first(logs, "STATICCALL");
        assertEquals(2_600 + 3 + 50_000, staticCall.gasCost()); // + one word of memory for its return data
        StructLog delegate = first(logs, "DELEGATECALL");
        assertEquals(100 + 50_000, delegate.gasCost());
        StructLog log1 = first(logs, "LOG1");
        assertEquals(375 + 375 + 8 * 32, log1.gasCost());
        assertEquals("STOP", logs.get(logs.size() - 1).op());
    }

    @Test
    void aRevertedTopCallReturnsTheRevertData() {
        WorldState s = new TracerTestSupport().contract(C, NestedWorld.REVERTER_CODE).state();
        StructLogTracer t = new StructLogTracer(CONFIG, s);
        TransactionResult r = call(s, C, 100_000, t);
        assertFalse(r.success());
        StructLogResult res = t.result(r);
        assertTrue(res.failed());
        assertEquals("0x" + NestedWorld.REVERT_PAYLOAD, res.returnValue());
        assertEquals(42, res.gas());
        StructLog revert = res.structLogs().get(res.structLogs().size() - 1);
        assertEquals("REVERT", revert.op());
        assertNull(revert.error());
    }

    @Test
    void createStepsAndCosts() {
        CreateWorld w = new CreateWorld();
        WorldState s = w.state();
        StructLogTracer t = new StructLogTracer(CONFIG, s);
        TransactionResult r = call(s, CreateWorld.F, 1_000_000, t);
        assertTrue(r.success());
        List<StructLog> logs = t.result(r).structLogs();
        StructLog create = first(logs, "CREATE");
        assertEquals(32_000 + 2, create.gasCost()); // constant + one initcode word, forwarded gas excluded (geth)
        StructLog initFirst = logs.get(logs.indexOf(create) + 1);
        assertEquals(2, initFirst.depth());
        assertEquals(create.gas() - create.gasCost() - (create.gas() - create.gasCost()) / 64, initFirst.gas());
        StructLog ret = first(logs, "RETURN");
        assertEquals(2, ret.depth());
        assertEquals(0, ret.gasCost()); // the code deposit is not part of RETURN's cost
        StructLog stop = logs.get(logs.size() - 1);
        assertEquals(1, stop.depth());
        assertEquals("0x" + CreateWorld.created().toHex().substring(2).replaceFirst("^0+", ""),
                stop.stack().get(0));
    }

    @Test
    void exceptionalHaltsCarryGethsStepErrors() {
        // ADD on an empty stack
        WorldState s = new TracerTestSupport().contract(C, "0x01").state();
        StructLogTracer t = new StructLogTracer(CONFIG, s);
        TransactionResult r = call(s, C, 100_000, t);
        StructLogResult res = t.result(r);
        assertTrue(res.failed());
        assertEquals("0x", res.returnValue());
        assertEquals(100_000, res.gas());
        StructLog add = res.structLogs().get(0);
        assertEquals("stack underflow (0 <=> 2)", add.error());
        assertEquals(3, add.gasCost());

        // MSTORE far away: out of gas, priced with its memory expansion
        WorldState s2 = new TracerTestSupport().contract(C, "0x600162ffffff52").state();
        StructLogTracer t2 = new StructLogTracer(CONFIG, s2);
        call(s2, C, 100_000, t2);
        StructLog mstore = t2.result().structLogs().get(2);
        assertEquals("out of gas", mstore.error());
        assertEquals(3 + Gas.memoryCost(Gas.words(0xffffffL + 32)), mstore.gasCost());

        // JUMP to a non-JUMPDEST: geth logs the step without an error (the failure happens while it runs)
        WorldState s3 = new TracerTestSupport().contract(C, "0x600356").state();
        StructLogTracer t3 = new StructLogTracer(CONFIG, s3);
        call(s3, C, 100_000, t3);
        StructLog jump = t3.result().structLogs().get(1);
        assertEquals("JUMP", jump.op());
        assertNull(jump.error());
        assertEquals(8, jump.gasCost());
        assertEquals("invalid jump destination", t3.error());
    }

    private static StructLog first(List<StructLog> logs, String op) {
        return logs.stream().filter(l -> l.op().equals(op)).findFirst().orElseThrow(() -> new AssertionError(op));
    }

    @Test
    void opcodeNamesAreGeths() {
        assertEquals("KECCAK256", OpcodeNames.name(0x20));
        assertEquals("DIFFICULTY", OpcodeNames.name(0x44));
        assertEquals("PUSH0", OpcodeNames.name(0x5f));
        assertEquals("PUSH32", OpcodeNames.name(0x7f));
        assertEquals("SWAP16", OpcodeNames.name(0x9f));
        assertEquals("opcode 0xc not defined", OpcodeNames.name(0x0c));
        assertEquals("opcode 0xef not defined", OpcodeNames.name(0xef));
    }
}
