package org.nos.evm.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.nos.evm.EvmConfig;
import org.nos.evm.processor.BlockContext;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.evm.tracing.Tracer;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.chain.BlobSchedule;
import org.nos.protocol.chain.Eip4844;

/**
 * The tour runs to its STOP and, on its way, every opcode Cancun defines except those that end a frame otherwise; its
 * jumps also come with a destination that the interpreter does not fuse with the jump.
 */
class OpcodeTourTest {

    @Test
    void runsEveryOpcodeThatDoesNotEndTheFrame() {
        byte[] code = OpcodeTour.code(Fork.CANCUN);
        InMemoryStateStore store = InMemoryStateStore.empty();
        Address at = Address.fromHex("0x000000000000000000000000000000005741524d");
        WorldState setup = WorldState.over(store);
        setup.createAccount(at);
        setup.setCode(at, code);
        setup.commit();
        BitSet seen = new BitSet(256);
        Tracer tracer = new Tracer() {
            @Override
            public void onStep(FrameView frame, int pc, int opcode, long gas) {
                seen.set(opcode);
            }
        };
        BlockContext block = new BlockContext(Address.ZERO, 1, 1000, 30_000_000, Wei.of(7), Hash.ZERO,
                Eip4844.blobBaseFee(0, BlobSchedule.CANCUN), 1, n -> Hash.ZERO);
        TransactionResult result = new TransactionProcessor(EvmConfig.cancun()).call(WorldState.over(store), block,
                Address.ZERO, at, Bytes.EMPTY, 5_000_000, Wei.ZERO, tracer);
        assertTrue(result.success(), "the tour halts normally");
        OpcodeTable table = OpcodeTable.of(Fork.CANCUN);
        for (int op = 0; op < 256; op++) {
            boolean defined = table.info(op) != null;
            boolean endsFrame = op == 0xf3 || op == 0xfd || op == 0xfe || op == 0xff;
            assertEquals(defined && !endsFrame, seen.get(op), String.format("opcode 0x%02x", op));
        }
    }

    @Test
    void jumpsAlsoToDestinationsThatArePushedWithPush3() {
        String code = Bytes.wrap(OpcodeTour.code(Fork.CANCUN)).toHex();
        // PUSH3 dest JUMP JUMPDEST, and PUSH1 1 PUSH3 dest JUMPI JUMPDEST: the JUMPI case itself, not PUSH2's fusion
        assertTrue(code.matches("(?s).*62[0-9a-f]{6}565b.*"), "PUSH3 dest JUMP");
        assertTrue(code.matches("(?s).*600162[0-9a-f]{6}575b.*"), "PUSH1 1 PUSH3 dest JUMPI");
        assertTrue(code.endsWith("00"), "ends with STOP");
    }
}
