package org.nos.evm.tracing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.evm.tracing.TracerTestSupport.CONFIG;
import static org.nos.evm.tracing.TracerTestSupport.PROCESSOR;
import static org.nos.evm.tracing.TracerTestSupport.BLOCK;
import static org.nos.evm.tracing.TracerTestSupport.SENDER;
import static org.nos.evm.tracing.TracerTestSupport.addr;
import static org.nos.evm.tracing.TracerTestSupport.call;
import static org.nos.evm.tracing.TracerTestSupport.raw;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nos.evm.Word;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.DepositTransaction;

class CallTracerTest {
    private static final String FORTY_TWO = "0x" + String.format("%064x", 42);

    @Test
    void nestedCallStaticCallDelegateCallRevertAndLog() {
        WorldState s = new NestedWorld().state();
        CallTracer t = new CallTracer(CONFIG, s, new CallTracer.Options(false, true));
        TransactionResult r = call(s, NestedWorld.A, 1_000_000, t);
        assertTrue(r.success());
        CallFrame top = t.result();
        assertEquals("CALL", top.type());
        assertEquals(SENDER.toHex(), top.from());
        assertEquals(NestedWorld.A.toHex(), top.to());
        assertEquals("0x0", top.value());
        assertEquals("0xf4240", top.gas());
        assertEquals("0x" + Long.toHexString(r.gasUsed()), top.gasUsed());
        assertEquals("0x", top.input());
        assertNull(top.output());
        assertNull(top.error());
        assertEquals(3, top.calls().size());

        CallFrame reverted = top.calls().get(0);
        assertEquals("CALL", reverted.type());
        assertEquals(NestedWorld.A.toHex(), reverted.from());
        assertEquals(NestedWorld.R.toHex(), reverted.to());
        assertEquals("0x0", reverted.value());
        assertEquals("0xc350", reverted.gas());
        assertEquals("0x2a", reverted.gasUsed());
        assertEquals("execution reverted", reverted.error());
        assertEquals("boom", reverted.revertReason());
        assertEquals("0x" + NestedWorld.REVERT_PAYLOAD, reverted.output());
        assertNull(reverted.calls());
        assertNull(reverted.logs());

        CallFrame staticCall = top.calls().get(1);
        assertEquals("STATICCALL", staticCall.type());
        assertEquals(NestedWorld.S.toHex(), staticCall.to());
        assertNull(staticCall.value());
        assertEquals("0x12", staticCall.gasUsed());
        assertEquals(FORTY_TWO, staticCall.output());
        assertNull(staticCall.error());
        assertNull(staticCall.revertReason());

        CallFrame delegate = top.calls().get(2);
        assertEquals("DELEGATECALL", delegate.type());
        assertEquals(NestedWorld.A.toHex(), delegate.from());
        assertEquals(NestedWorld.S.toHex(), delegate.to());
        assertEquals("0x0", delegate.value()); // geth >= 1.14 passes the parent's value
        assertEquals(FORTY_TWO, delegate.output());

        assertEquals(1, top.logs().size());
        CallLog log = top.logs().get(0);
        assertEquals(NestedWorld.A.toHex(), log.address());
        assertEquals(List.of("0x" + String.format("%064x", 0xaa)), log.topics());
        assertEquals(FORTY_TWO, log.data());
        assertEquals("0x3", log.position());

        assertEquals(21_000 + r.gasUsed(), TracerTestSupport.hexLong(
                t.result(21_000 + r.gasUsed() + 5, 21_000 + r.gasUsed()).gasUsed()));
        assertEquals("0x" + Long.toHexString(21_000 + r.gasUsed() + 5),
                t.result(21_000 + r.gasUsed() + 5, 21_000 + r.gasUsed()).gas());
    }

    @Test
    void onlyTopCallAndWithoutLogs() {
        WorldState s = new NestedWorld().state();
        CallTracer t = new CallTracer(CONFIG, s, new CallTracer.Options(true, true));
        call(s, NestedWorld.A, 1_000_000, t);
        CallFrame top = t.result();
        assertNull(top.calls());
        assertEquals(1, top.logs().size());
        assertEquals("0x0", top.logs().get(0).position());

        WorldState s2 = new NestedWorld().state();
        CallTracer t2 = new CallTracer(CONFIG, s2);
        call(s2, NestedWorld.A, 1_000_000, t2);
        assertNull(t2.result().logs());
        assertEquals(3, t2.result().calls().size());
    }

    @Test
    void logsOfFailedFramesAreCleared() {
        Address l = addr(0x1060);
        // LOG0(0, 0) then REVERT(0, 0)
        WorldState s = new TracerTestSupport().contract(l, "0x60006000a060006000fd").state();
        CallTracer t = new CallTracer(CONFIG, s, new CallTracer.Options(false, true));
        call(s, l, 100_000, t);
        CallFrame top = t.result();
        assertEquals("execution reverted", top.error());
        assertNull(top.logs());
        assertNull(top.output());
        assertNull(top.revertReason());
    }

    @Test
    void createFromAContract() {
        WorldState s = new CreateWorld().state();
        CallTracer t = new CallTracer(CONFIG, s);
        TransactionResult r = call(s, CreateWorld.F, 1_000_000, t);
        assertTrue(r.success());
        CallFrame create = t.result().calls().get(0);
        assertEquals("CREATE", create.type());
        assertEquals(CreateWorld.F.toHex(), create.from());
        assertEquals(CreateWorld.created().toHex(), create.to());
        assertEquals("0x0", create.value());
        assertEquals("0x" + CreateWorld.INIT, create.input());
        assertEquals("0x" + CreateWorld.RUNTIME, create.output());
        assertEquals("0x" + Long.toHexString(18 + 200 * 10), create.gasUsed()); // init steps + code deposit
        assertArrayEquals(Hex.decode(CreateWorld.RUNTIME), s.getCode(CreateWorld.created()));
    }

    @Test
    void topLevelCreateAndFailedCreate() {
        WorldState s = new TracerTestSupport().state();
        CallTracer calls = new CallTracer(CONFIG, s);
        DepositTransaction tx = new DepositTransaction(Hash.ZERO, SENDER, null, Wei.ZERO, Wei.ZERO, 1_000_000, false,
                Bytes.fromHex("0x" + CreateWorld.INIT));
        TransactionResult r = PROCESSOR.execute(s, BLOCK, tx, 30_000_000, calls);
        assertTrue(r.success());
        CallFrame top = calls.result(tx.gasLimit(), r.gasUsed());
        assertEquals("CREATE", top.type());
        assertEquals(Address.contractAddress(SENDER, 0).toHex(), top.to());
        assertEquals("0x" + CreateWorld.RUNTIME, top.output());
        assertEquals("0xf4240", top.gas());
        assertEquals("0x" + Long.toHexString(r.gasUsed()), top.gasUsed());

        WorldState s2 = new TracerTestSupport().state();
        StructLogTracer steps = new StructLogTracer(CONFIG, s2);
        TransactionResult r2 = PROCESSOR.execute(s2, BLOCK, tx, 30_000_000, steps);
        StructLogResult res = steps.result(r2);
        assertEquals("0x" + CreateWorld.RUNTIME, res.returnValue()); // geth: the deployed code
        assertEquals(r2.gasUsed(), res.gas());

        WorldState s3 = new TracerTestSupport().state();
        CallTracer failed = new CallTracer(CONFIG, s3);
        DepositTransaction bad = new DepositTransaction(Hash.ZERO, SENDER, null, Wei.ZERO, Wei.ZERO, 1_000_000, false,
                Bytes.fromHex("0x60006000fd"));
        assertFalse(PROCESSOR.execute(s3, BLOCK, bad, 30_000_000, failed).success());
        CallFrame f = failed.result();
        assertEquals("CREATE", f.type());
        assertNull(f.to());
        assertEquals("execution reverted", f.error());
        assertNull(f.output());
    }

    @Test
    void selfDestructIsAFrame() {
        Address d = addr(0xd0);
        Address beneficiary = addr(0xbe);
        WorldState s = new TracerTestSupport().contract(d, "0x73" + raw(beneficiary) + "ff", 1000, Map.of()).state();
        CallTracer t = new CallTracer(CONFIG, s);
        call(s, d, 100_000, t);
        CallFrame top = t.result();
        assertEquals(1, top.calls().size());
        CallFrame sd = top.calls().get(0);
        assertEquals(new CallFrame("SELFDESTRUCT", d.toHex(), beneficiary.toHex(), "0x3e8", "0x0", "0x0", "0x", null,
                null, null, null, null), sd);
    }

    @Test
    void exceptionalErrorsUseGethsWording() {
        Address c = addr(0xc1);
        WorldState s = new TracerTestSupport().contract(c, "0x01").state();
        CallTracer t = new CallTracer(CONFIG, s);
        call(s, c, 100_000, t);
        assertEquals("stack underflow (0 <=> 2)", t.result().error());
        assertEquals("0x186a0", t.result().gasUsed());

        WorldState s2 = new TracerTestSupport().contract(c, "0xfe").state();
        CallTracer t2 = new CallTracer(CONFIG, s2);
        call(s2, c, 100_000, t2);
        assertEquals("invalid opcode: INVALID", t2.result().error());

        assertThrows(IllegalStateException.class, () -> new CallTracer(CONFIG, null).result());
    }

    @Test
    void revertReasonsDecodeLikeGethsUnpackRevert() {
        assertEquals("boom", TraceSupport.revertReason(Hex.decode(NestedWorld.REVERT_PAYLOAD)));
        String panic = "4e487b71" + String.format("%064x", 0x11);
        assertEquals("arithmetic underflow or overflow", TraceSupport.revertReason(Hex.decode(panic)));
        assertEquals("unknown panic code: 0x99",
                TraceSupport.revertReason(Hex.decode("4e487b71" + String.format("%064x", 0x99))));
        assertNull(TraceSupport.revertReason(Hex.decode("08c379a0" + String.format("%064x", 0x20))));
        assertNull(TraceSupport.revertReason(Hex.decode("deadbeef")));
        assertEquals("0x0", TraceSupport.quantity(Word.ZERO));
        assertEquals("0x10000000000000000", TraceSupport.quantity(Word.of(0, 1, 0, 0)));
    }
}
