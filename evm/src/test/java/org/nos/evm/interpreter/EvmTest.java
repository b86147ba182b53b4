package org.nos.evm.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.processor.BlockContext;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/** Bytecode-level tests per opcode family: each program returns one word (or fails), and costs known gas. */
class EvmTest {
    static final Address CALLER = Address.fromHex("0x1000000000000000000000000000000000000001");
    static final Address CONTRACT = Address.fromHex("0x2000000000000000000000000000000000000002");
    static final BlockContext BLOCK = new BlockContext(Address.fromHex("0x3000000000000000000000000000000000000003"),
            100, 1000, 30_000_000, Wei.of(7), Hash.ZERO, Wei.of(5), 1, n -> Hash.ZERO);
    /** Returns the top of the stack as a 32-byte word: PUSH0 MSTORE PUSH1 32 PUSH0 RETURN. */
    static final String RETURN_TOP = "5f5260205ff3";

    static TransactionResult run(String code, long gas) {
        InMemoryStateStore store = InMemoryStateStore.fromAlloc(Map.of(
                CALLER, new InMemoryStateStore.AllocAccount(0, Wei.ether(1), Bytes.EMPTY, Map.of()),
                CONTRACT, new InMemoryStateStore.AllocAccount(1, Wei.of(77), Bytes.fromHex(code), Map.of())));
        return new TransactionProcessor(EvmConfig.cancun())
                .call(WorldState.over(store), BLOCK, CALLER, CONTRACT, Bytes.EMPTY, gas, Wei.ZERO, null);
    }

    static Stream<Arguments> programs() {
        return Stream.of(
                Arguments.of("ADD", "6002600301" + RETURN_TOP, "05"),
                Arguments.of("SUB wraps", "600160000 3".replace(" ", "") + RETURN_TOP,
                        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"),
                Arguments.of("MUL", "6007600601" .replace("01", "02") + RETURN_TOP, "2a"),
                Arguments.of("DIV by zero", "600060070 4".replace(" ", "") + RETURN_TOP, "00"),
                Arguments.of("EXP", "600a600205" .replace("05", "0a") + RETURN_TOP, "0400"),
                Arguments.of("PUSH0", "5f" + RETURN_TOP, "00"),
                Arguments.of("PUSH32", "7f" + "11".repeat(32) + RETURN_TOP, "11".repeat(32)),
                Arguments.of("DUP2 SWAP1", "6001600281900" .replace("900", "90") + "50" + RETURN_TOP, "01"),
                Arguments.of("ADDRESS", "30" + RETURN_TOP, "2000000000000000000000000000000000000002"),
                Arguments.of("CALLER", "33" + RETURN_TOP, "1000000000000000000000000000000000000001"),
                Arguments.of("SELFBALANCE", "47" + RETURN_TOP, "4d"),
                Arguments.of("NUMBER", "43" + RETURN_TOP, "64"),
                Arguments.of("BASEFEE", "48" + RETURN_TOP, "07"),
                Arguments.of("BLOBBASEFEE", "4a" + RETURN_TOP, "05"),
                Arguments.of("CHAINID", "46" + RETURN_TOP, "01"),
                Arguments.of("BLOBHASH out of range", "5f49" + RETURN_TOP, "00"),
                Arguments.of("TSTORE then TLOAD", "602a60015d60015c" + RETURN_TOP, "2a"),
                Arguments.of("SSTORE then SLOAD", "602a60015560015 4".replace(" ", "") + RETURN_TOP, "2a"),
                Arguments.of("MCOPY", "602a5f52" + "60205f60205e" + "602051" + RETURN_TOP, "2a"),
                Arguments.of("KECCAK256 of nothing", "5f5f20" + RETURN_TOP,
                        "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"),
                Arguments.of("JUMPI taken", "600160065700" + "5b" + "6009" + RETURN_TOP, "09"),
                Arguments.of("MSIZE after MSTORE8", "60ff60405359" + RETURN_TOP, "60"),
                Arguments.of("SAR negative", "7f" + "f0" + "00".repeat(31) + "600 41d".replace(" ", "") + RETURN_TOP,
                        "ff" + "00".repeat(31)),
                Arguments.of("CALLDATASIZE", "36" + RETURN_TOP, "00"),
                Arguments.of("STATICCALL to identity", "6001601f53" + "6001" + "6040" + "6001" + "601f" + "6004"
                        + "5a" + "fa" + "50" + "604051" + RETURN_TOP, "01" + "00".repeat(31)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void programReturnsTheExpectedWord(String name, String code, String expectedHex) {
        TransactionResult r = run(code, 1_000_000);
        assertTrue(r.success(), name);
        Word want = Word.fromBytes(Bytes.fromHex("0x" + expectedHex).toArray());
        assertEquals(want, Word.fromBytes(r.output().toArray()), name);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("stack underflow", "01"),
                Arguments.of("invalid opcode", "fe"),
                Arguments.of("undefined opcode 0x0c", "0c"),
                Arguments.of("jump into push data", "600456605b"),
                Arguments.of("jump to non-JUMPDEST", "600456"),
                Arguments.of("returndatacopy out of bounds", "60015f5f3e"),
                Arguments.of("memory beyond any gas", "6001630fffffff52"),
                Arguments.of("stack overflow", "5b5f600056"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void exceptionalHaltsConsumeAllGas(String name, String code) {
        TransactionResult r = run(code, 100_000);
        assertFalse(r.success(), name);
        assertEquals(100_000, r.gasUsed(), name);
    }

    @Test
    void gasIsChargedExactly() {
        // PUSH1 PUSH1 ADD STOP = 3 + 3 + 3
        assertEquals(9, run("6001600201" + "00", 100).gasUsed());
        // cold SLOAD: PUSH0 (2) + 2100
        assertEquals(2102, run("5f5400", 10_000).gasUsed());
        // MSTORE at 0 expands memory by one word: 2 + 2 + 3 + 3
        assertEquals(10, run("5f5f5200", 100).gasUsed());
        // BALANCE of a cold account (not a precompile): PUSH1 (3) + 2600; of itself (warm as the callee): 2 + 100
        assertEquals(2603, run("60993100", 10_000).gasUsed());
        assertEquals(102, run("303100", 10_000).gasUsed());
    }

    @Test
    void jumpsChargeTheirJumpDestWithOrWithoutATracer() {
        // PUSH1 4 JUMP INVALID JUMPDEST PUSH1 1 PUSH1 10 JUMPI JUMPDEST STOP: 3 + 8 + 1 + 3 + 3 + 10 + 1 = 29
        String code = "600456fe5b6001600a57" + "5b00";
        assertEquals(29, run(code, 100).gasUsed());
        List<Integer> steps = new java.util.ArrayList<>();
        org.nos.evm.tracing.Tracer tracer = new org.nos.evm.tracing.Tracer() {
            @Override
            public void onStep(FrameView frame, int pc, int opcode, long gas) {
                steps.add(opcode);
            }
        };
        InMemoryStateStore store = InMemoryStateStore.fromAlloc(Map.of(
                CALLER, new InMemoryStateStore.AllocAccount(0, Wei.ether(1), Bytes.EMPTY, Map.of()),
                CONTRACT, new InMemoryStateStore.AllocAccount(1, Wei.of(77), Bytes.fromHex(code), Map.of())));
        TransactionResult traced = new TransactionProcessor(EvmConfig.cancun())
                .call(WorldState.over(store), BLOCK, CALLER, CONTRACT, Bytes.EMPTY, 100, Wei.ZERO, tracer);
        assertEquals(29, traced.gasUsed());
        assertEquals(List.of(0x60, 0x56, 0x5b, 0x60, 0x60, 0x57, 0x5b, 0x00), steps);
        // with gas for the JUMP but not its JUMPDEST the frame runs out of gas on the JUMPDEST
        TransactionResult starved = run("600456fe5b00", 11);
        assertFalse(starved.success());
        assertEquals(11, starved.gasUsed());
        assertTrue(run("600456fe5b00", 12).success());
    }

    @Test
    void revertReturnsGasAndData() {
        TransactionResult r = run("602a5f52" + "60205ffd", 100_000);
        assertFalse(r.success());
        assertEquals(42, Word.fromBytes(r.output().toArray()).w0);
        assertTrue(r.gasUsed() < 100);
    }

    @Test
    void deepRecursionStopsAtDepth1024WithoutJavaStackOverflow() {
        // recursive self-call with all gas: GAS ADDRESS ... CALL; store depth reached in slot 0 via SSTORE of CALLDEPTH proxy
        String selfCall = "5f5f5f5f5f30" + "5a" + "f1" + "00";
        TransactionResult r = run(selfCall, 25_000_000);
        assertTrue(r.success());
    }

    @Test
    void opcodeTableDescribesEveryCancunOpcode() {
        OpcodeTable cancun = OpcodeTable.of(Fork.CANCUN);
        for (String name : List.of("PUSH0", "TLOAD", "TSTORE", "MCOPY", "BLOBHASH", "BLOBBASEFEE", "PREVRANDAO",
                "BASEFEE", "SELFBALANCE", "CHAINID", "CREATE2", "EXTCODEHASH", "SHL", "STATICCALL", "REVERT")) {
            assertTrue(java.util.stream.IntStream.range(0, 256).anyMatch(i -> cancun.info(i) != null
                    && cancun.info(i).name().equals(name)), name);
        }
        OpcodeTable frontier = OpcodeTable.of(Fork.FRONTIER);
        assertEquals(null, frontier.info(0x5f));
        assertEquals(20, frontier.info(0x31).constantGas());
        assertEquals(100, cancun.info(0x31).constantGas());
        assertEquals("DIFFICULTY", OpcodeTable.of(Fork.LONDON).name(0x44));
    }
}
