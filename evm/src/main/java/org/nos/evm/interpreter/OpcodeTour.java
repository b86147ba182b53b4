package org.nos.evm.interpreter;

import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * EVM code that runs every opcode of a fork: once with operands of 0 and, where that cannot halt the frame, once
 * with operands of 1; jumps both taken and not; the outputs popped again. For a JIT warm-up: the compiler leaves out
 * switch cases and branches it has never seen taken, and the first contract to take one threw the compiled
 * interpreter away (a first deployment, say, with its CALLVALUE, ISZERO of zero and CODECOPY). The jumps run both
 * as Solidity writes them, {@code PUSH2 dest JUMP(I)}, which the interpreter runs as one step, and with their
 * destination pushed otherwise, which reaches JUMP's and JUMPI's own cases. Ends with STOP, so that its case is seen
 * too (RETURN, which compiled Solidity ends with, is not); needs no balance and about 400k gas; its calls and
 * creations fail or do nothing.
 */
public final class OpcodeTour {
    /** Opcodes that end the frame (the tour ends with RETURN) or take a destination (run separately). */
    private static final Set<Integer> SEPARATE = Set.of(0x00, 0x56, 0x57, 0xf3, 0xfd, 0xfe, 0xff);
    /** Opcodes that halt exceptionally with operands of 1: RETURNDATACOPY past the (empty) return data. */
    private static final Set<Integer> ZEROS_ONLY = Set.of(0x3e);

    private OpcodeTour() {
    }

    public static byte[] code(Fork fork) {
        OpcodeTable table = OpcodeTable.of(fork);
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        for (int op = 0; op < 256; op++) {
            OpcodeInfo info = table.info(op);
            if (info == null || SEPARATE.contains(op)) continue;
            visit(code, info, 0x5f); // PUSH0
            if (!ZEROS_ONLY.contains(op)) visit(code, info, 0x60); // PUSH1 1
        }
        for (int push : new int[] {0x61, 0x62}) { // PUSH2 dest, then PUSH3 dest
            jump(code, push, -1); // JUMP
            jump(code, push, 1); // JUMPI taken
            jump(code, push, 0); // JUMPI not taken
        }
        code.write(0x00); // STOP
        return code.toByteArray();
    }

    /** Pushes the operands with {@code push} (PUSH0, or PUSH1 1), runs {@code info}'s opcode, pops its outputs. */
    private static void visit(ByteArrayOutputStream code, OpcodeInfo info, int push) {
        for (int i = 0; i < info.inputs(); i++) {
            code.write(push);
            if (push == 0x60) code.write(1);
        }
        int op = info.code();
        code.write(op);
        if (op >= 0x60 && op <= 0x7f) {
            for (int i = 0; i < op - 0x5f; i++) code.write(push == 0x60 ? 1 : 0); // PUSHn's immediate
        }
        for (int i = 0; i < info.outputs(); i++) code.write(0x50);
    }

    /**
     * JUMP ({@code condition} -1) or JUMPI on {@code condition} to the JUMPDEST right after it, its destination
     * pushed with {@code push} (PUSH2 or PUSH3).
     */
    private static void jump(ByteArrayOutputStream code, int push, int condition) {
        if (condition >= 0) {
            code.write(0x60);
            code.write(condition);
        }
        int size = push - 0x5f;
        int dest = code.size() + 1 + size + 1; // PUSHn dest, JUMP(I), then the JUMPDEST
        code.write(push);
        for (int i = size - 1; i >= 0; i--) code.write(dest >>> (8 * i));
        code.write(condition >= 0 ? 0x57 : 0x56);
        code.write(0x5b);
    }
}
