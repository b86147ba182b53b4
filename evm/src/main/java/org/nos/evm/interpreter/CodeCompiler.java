package org.nos.evm.interpreter;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandles;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeMap;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Compiles the part of a contract's code that can run from one JUMPDEST (a loop's head, or pc 0) to one JVM method
 * ({@link CompiledCode#run}), so that a long loop runs without the interpreter's dispatch: C2 then sees it as a loop
 * of straight-line code.
 *
 * <p>The code is cut into segments: runs of the opcodes that cannot fail but for gas and stack bounds (arithmetic,
 * comparison, bitwise, PUSH, DUP, SWAP, POP, MLOAD, MSTORE, PC), ended by a JUMP, JUMPI or STOP, or before a
 * JUMPDEST or any other opcode. A segment checks its constant gas and its stack bounds once, on entry; when they do
 * not hold it hands the frame to the interpreter there, which then meets the same error at the same opcode as
 * always (every exceptional halt consumes all gas, so where inside a segment it happens changes nothing else). The
 * stack indices inside a segment are constants from its entry height. A jump to a PUSHed JUMPDEST is a direct
 * branch; any other goes through a switch on the pc. Every other opcode runs through {@link CompiledSteps#delegate},
 * with the interpreter's own checks and {@link Operations}, at the exact gas.
 *
 * <p>A region whose method would exceed {@link #HUGE_METHOD_LIMIT} bytes of bytecode is not compiled: HotSpot never
 * JIT-compiles such a method, and running it in the JVM's bytecode interpreter would be slower than ours.
 */
final class CodeCompiler {
    /** HotSpot's {@code HugeMethodLimit}: longer methods are never JIT-compiled ({@code DontCompileHugeMethods}). */
    static final int HUGE_METHOD_LIMIT = 8000;

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final String SELF = "org/nos/evm/interpreter/";
    private static final String STEPS = SELF + "CompiledSteps";
    private static final String FRAME = SELF + "Frame";
    private static final String RUN_DESCRIPTOR = "(L" + FRAME + ";L" + SELF + "Operations;L" + SELF + "Cancellation;)I";

    // local variable slots of the generated run method
    private static final int F = 1, OPS = 2, CANCELLATION = 3, S = 4, SP = 5, GAS = 6, BASE = 8, PC = 9, MEM = 10,
            ANALYSIS = 11, MATH = 12, DEST = 13, STATUS = 15;

    private final byte[] code;
    private final int length;
    private final CodeAnalysis analysis;
    private final OpcodeTable table;
    private final MethodVisitor mv;
    private final TreeMap<Integer, Label> labels = new TreeMap<>();
    private final TreeMap<Integer, Label> entries = new TreeMap<>();
    private final List<Runnable> stubs = new ArrayList<>();
    private final Label dispatch = new Label(), exitInterpret = new Label(), exitStatus = new Label(),
            exitReturn = new Label(), exitOutOfGas = new Label(), exitInvalidJump = new Label();
    private final int entry;
    /** The opcodes compiled: those {@link #walk} finds can run from the entry. */
    private final BitSet region = new BitSet();
    /** The pc past the end of the code that the region runs on to (a STOP), or -1. */
    private int runsOffTheEnd = -1;
    /** The pc after the last CALL or CREATE, where the frame resumes when the sub-call returns. */
    private int resume = -1;
    /** The segment being gathered: the pcs of its opcodes. */
    private final List<Integer> segment = new ArrayList<>();

    private CodeCompiler(CodeAnalysis analysis, OpcodeTable table, int entry, MethodVisitor mv) {
        this.analysis = analysis;
        this.code = analysis.code;
        this.length = analysis.length;
        this.table = table;
        this.entry = entry;
        this.mv = mv;
        walk();
    }

    /**
     * The code that can run from {@code entry} (0, or a JUMPDEST) compiled, or null when it would be too large for
     * the JIT.
     */
    static CompiledCode compile(CodeAnalysis analysis, OpcodeTable table, int entry) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                return "java/lang/Object"; // the method's locals never merge two different classes
            }
        };
        String name = SELF + "CompiledEvmCode";
        cw.visit(V17, ACC_FINAL | ACC_SUPER, name, null, SELF + "CompiledCode", null);
        MethodVisitor init = cw.visitMethod(0, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, SELF + "CompiledCode", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor mv = cw.visitMethod(0, "run", RUN_DESCRIPTOR, null, null);
        int size = new CodeCompiler(analysis, table, entry, mv).emit();
        cw.visitEnd();
        if (size > HUGE_METHOD_LIMIT) return null;
        try {
            Class<?> compiled = LOOKUP.defineHiddenClass(cw.toByteArray(), true).lookupClass();
            return (CompiledCode) compiled.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("compiling EVM code failed", e);
        }
    }

    /** Emits the run method; returns its bytecode length. */
    private int emit() {
        mv.visitCode();
        prologue();
        mv.visitJumpInsn(GOTO, dispatch);
        int pc = 0;
        int next = -1; // the pc after the last opcode of the region emitted, where control may fall through
        while ((pc = region.nextSetBit(pc)) >= 0 && pc < length) {
            int op = code[pc] & 0xff;
            if (pc != next || op == 0x5b) flush();
            OpcodeInfo info = table.info(op);
            if (info != null && inlined(op)) {
                segment.add(pc);
                if (op == 0x00 || op == 0x56 || op == 0x57) flush();
            } else {
                flush();
                if (info == null) {
                    place(pc);
                    exitAt(pc, exitInterpret);
                } else {
                    delegated(pc, op);
                }
            }
            pc += op >= 0x60 && op <= 0x7f ? op - 0x5e : 1;
            next = pc;
        }
        flush();
        if (runsOffTheEnd >= 0) { // running off the end is a STOP
            place(runsOffTheEnd);
            exitAt(runsOffTheEnd, 0x00);
        }
        mv.visitLabel(dispatch);
        int[] keys = entries.keySet().stream().mapToInt(Integer::intValue).toArray();
        Label[] targets = entries.values().toArray(new Label[0]);
        mv.visitVarInsn(ILOAD, PC);
        mv.visitLookupSwitchInsn(exitInterpret, keys, targets);
        for (Runnable stub : stubs) stub.run();
        exits();
        Label end = new Label();
        mv.visitLabel(end);
        int size = end.getOffset();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return size;
    }

    /**
     * Finds the region: the opcodes reached from the entry by falling through and by jumps to PUSHed JUMPDESTs,
     * which is every constant jump and every return address of Solidity's internal calls. A jump elsewhere (to a
     * computed destination outside the region) hands the frame to the interpreter. The region holds a loop and the
     * functions it calls, not the whole contract, so that its method stays small enough for C2 to inline every
     * opcode's body into it.
     */
    private void walk() {
        ArrayDeque<Integer> work = new ArrayDeque<>();
        work.push(entry);
        while (!work.isEmpty()) {
            int pc = work.pop();
            while (true) {
                if (pc >= length) {
                    runsOffTheEnd = pc;
                    break;
                }
                if (region.get(pc)) break;
                region.set(pc);
                int op = code[pc] & 0xff;
                if (op >= 0x5f && op <= 0x7f) {
                    long[] value = pushed(pc, op);
                    if ((value[1] | value[2] | value[3]) == 0 && analysis.isJumpDest(value[0])) {
                        work.push((int) value[0]);
                    }
                }
                if (op == 0x00 || op == 0x56 || op == 0xf3 || op == 0xfd || op == 0xfe || op == 0xff
                        || table.info(op) == null) {
                    break;
                }
                pc += op >= 0x60 && op <= 0x7f ? op - 0x5e : 1;
            }
        }
    }

    private void prologue() {
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "stack", "[J");
        mv.visitVarInsn(ASTORE, S);
        loadHeightAndGas();
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "memory", "L" + SELF + "Memory;");
        mv.visitVarInsn(ASTORE, MEM);
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "code", "L" + SELF + "CodeAnalysis;");
        mv.visitVarInsn(ASTORE, ANALYSIS);
        mv.visitVarInsn(ALOAD, OPS);
        mv.visitFieldInsn(GETFIELD, SELF + "Operations", "math", "L" + SELF + "Arithmetic;");
        mv.visitVarInsn(ASTORE, MATH);
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "pc", "I");
        mv.visitVarInsn(ISTORE, PC);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, BASE);
        mv.visitInsn(LCONST_0);
        mv.visitVarInsn(LSTORE, DEST);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, STATUS);
    }

    /** The opcodes a segment holds: those the interpreter's loop inlines, and the other ones that cannot fail. */
    private static boolean inlined(int op) {
        return op <= 0x0b && op != 0x0a || op >= 0x10 && op <= 0x1d || op == 0x50 || op == 0x51 || op == 0x52
                || op >= 0x56 && op <= 0x58 || op >= 0x5b && op <= 0x9f && op != 0x5c && op != 0x5d && op != 0x5e;
    }

    /** A segment start or other unit at {@code pc}: its label; an entry of the pc switch at JUMPDESTs and resumes. */
    private void place(int pc) {
        Label label = label(pc);
        mv.visitLabel(label);
        if (pc == entry || pc < length && code[pc] == 0x5b || pc == resume) entries.put(pc, label);
    }

    private Label label(int pc) {
        return labels.computeIfAbsent(pc, k -> new Label());
    }

    /** Emits the gathered segment, if any. */
    private void flush() {
        if (segment.isEmpty()) return;
        int start = segment.get(0);
        long gas = 0;
        int height = 0, need = 0, grow = 0;
        for (int pc : segment) {
            OpcodeInfo info = table.info(code[pc] & 0xff);
            gas += info.constantGas();
            need = Math.max(need, info.inputs() - height);
            height += info.outputs() - info.inputs();
            grow = Math.max(grow, height);
        }
        place(start);
        Label bail = stub(start, exitInterpret);
        if (gas > 0) {
            mv.visitVarInsn(LLOAD, GAS);
            pushLong(gas);
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(IFLT, bail);
        }
        if (need > 0) {
            mv.visitVarInsn(ILOAD, SP);
            pushInt(need);
            mv.visitJumpInsn(IF_ICMPLT, bail);
        }
        if (grow > 0) {
            mv.visitVarInsn(ILOAD, SP);
            pushInt(OpcodeTable.STACK_LIMIT - grow);
            mv.visitJumpInsn(IF_ICMPGT, bail);
        }
        if (gas > 0) {
            mv.visitVarInsn(LLOAD, GAS);
            pushLong(gas);
            mv.visitInsn(LSUB);
            mv.visitVarInsn(LSTORE, GAS);
        }
        mv.visitVarInsn(ILOAD, SP);
        mv.visitInsn(ICONST_2);
        mv.visitInsn(ISHL);
        mv.visitVarInsn(ISTORE, BASE);
        int h = 0;
        int n = segment.size();
        for (int i = 0; i < n; i++) {
            int pc = segment.get(i);
            int op = code[pc] & 0xff;
            OpcodeInfo info = table.info(op);
            boolean last = i == n - 1;
            if (op >= 0x5f && op <= 0x7f && i == n - 2 && isJump(code[segment.get(n - 1)] & 0xff)) {
                // PUSH dest, JUMP/JUMPI: a direct branch, and the pushed word is never written
                long[] dest = pushed(pc, op);
                int after = h + 1;
                jump(segment.get(n - 1), after, dest);
                break;
            }
            if (last && isJump(op)) {
                jump(pc, h, null);
                break;
            }
            if (op == 0x00) {
                mv.visitIincInsn(SP, h);
                exitAt(pc, 0x00);
                break;
            }
            step(pc, op, h);
            h += info.outputs() - info.inputs();
            if (last) mv.visitIincInsn(SP, h);
        }
        segment.clear();
    }

    private static boolean isJump(int op) {
        return op == 0x56 || op == 0x57;
    }

    /** One opcode of a segment, the stack {@code h} words above the segment's entry height. */
    private void step(int pc, int op, int h) {
        int top = (h - 1) * 4;
        switch (op) {
            case 0x01 -> call(top, "add");
            case 0x02 -> call(top, "mul");
            case 0x03 -> call(top, "sub");
            case 0x04 -> callMath(top, "div");
            case 0x05 -> callMath(top, "sdiv");
            case 0x06 -> callMath(top, "mod");
            case 0x07 -> callMath(top, "smod");
            case 0x08 -> callMath(top, "addMod");
            case 0x09 -> callMath(top, "mulMod");
            case 0x0b -> call(top, "signExtend");
            case 0x10 -> call(top, "lt");
            case 0x11 -> call(top, "gt");
            case 0x12 -> call(top, "slt");
            case 0x13 -> call(top, "sgt");
            case 0x14 -> call(top, "eq");
            case 0x15 -> call(top, "isZero");
            case 0x16 -> call(top, "and");
            case 0x17 -> call(top, "or");
            case 0x18 -> call(top, "xor");
            case 0x19 -> call(top, "not");
            case 0x1a -> call(top, "byteOp");
            case 0x1b -> call(top, "shl");
            case 0x1c -> call(top, "shr");
            case 0x1d -> call(top, "sar");
            case 0x50, 0x5b -> { } // POP and JUMPDEST: gas and height only
            case 0x51 -> memory(pc, top, "mload");
            case 0x52 -> memory(pc, top, "mstore");
            case 0x58 -> push(h * 4, new long[] {pc, 0, 0, 0});
            default -> {
                if (op >= 0x5f && op <= 0x7f) {
                    push(h * 4, pushed(pc, op));
                } else if (op >= 0x80 && op <= 0x8f) {
                    mv.visitVarInsn(ALOAD, S);
                    index((h - (op - 0x7f)) * 4);
                    index(h * 4);
                    mv.visitMethodInsn(INVOKESTATIC, STEPS, "copy", "([JII)V", false);
                } else if (op >= 0x90 && op <= 0x9f) {
                    mv.visitVarInsn(ALOAD, S);
                    index(top);
                    index(top - (op - 0x8f) * 4);
                    mv.visitMethodInsn(INVOKESTATIC, STEPS, "swap", "([JII)V", false);
                } else {
                    throw new IllegalStateException("not a segment opcode: " + op);
                }
            }
        }
    }

    /** The word a PUSH at {@code pc} pushes, least significant limb first (PUSH0 pushes zero). */
    private long[] pushed(int pc, int op) {
        int n = op - 0x5f;
        long[] limbs = new long[4];
        for (int i = 0; i < n; i++) {
            int b = code[pc + 1 + i] & 0xff; // the padding reads zeros past the end, as the interpreter does
            int bit = (n - 1 - i) * 8;
            limbs[bit >>> 6] |= (long) b << (bit & 63);
        }
        return limbs;
    }

    private void push(int at, long[] value) {
        mv.visitVarInsn(ALOAD, S);
        index(at);
        pushLong(value[0]);
        if ((value[1] | value[2] | value[3]) == 0) {
            mv.visitMethodInsn(INVOKESTATIC, STEPS, "push", "([JIJ)V", false);
        } else {
            pushLong(value[1]);
            pushLong(value[2]);
            pushLong(value[3]);
            mv.visitMethodInsn(INVOKESTATIC, STEPS, "push", "([JIJJJJ)V", false);
        }
    }

    /**
     * A JUMP or JUMPI at {@code pc}, the stack {@code h} words above entry before it; {@code constant} is the
     * destination a PUSH just before it gave (not on the stack then), or null when it is on the stack.
     */
    private void jump(int pc, int h, long[] constant) {
        boolean conditional = (code[pc] & 0xff) == 0x57;
        int top = (h - 1) * 4;
        int popped = conditional ? 2 : 1;
        if (constant == null) {
            mv.visitVarInsn(ALOAD, S);
            index(top);
            mv.visitMethodInsn(INVOKESTATIC, STEPS, "destination", "([JI)J", false);
            mv.visitVarInsn(LSTORE, DEST);
        }
        if (conditional) {
            mv.visitVarInsn(ALOAD, S);
            index(top - 4);
            mv.visitMethodInsn(INVOKESTATIC, STEPS, "isZeroWord", "([JI)Z", false);
            mv.visitIincInsn(SP, h - popped);
            mv.visitJumpInsn(IFNE, label(pc + 1)); // not taken: on to the next segment
        } else {
            mv.visitIincInsn(SP, h - popped);
        }
        if (constant != null) {
            boolean valid = (constant[1] | constant[2] | constant[3]) == 0 && analysis.isJumpDest(constant[0]);
            if (!valid) {
                exitAt(pc, exitInvalidJump);
                return;
            }
            checkCancelled();
            mv.visitJumpInsn(GOTO, label((int) constant[0]));
            return;
        }
        Label invalid = stub(pc, exitInvalidJump);
        mv.visitVarInsn(ALOAD, ANALYSIS);
        mv.visitVarInsn(LLOAD, DEST);
        mv.visitMethodInsn(INVOKEVIRTUAL, SELF + "CodeAnalysis", "isJumpDest", "(J)Z", false);
        mv.visitJumpInsn(IFEQ, invalid);
        checkCancelled();
        mv.visitVarInsn(LLOAD, DEST);
        mv.visitInsn(L2I);
        mv.visitVarInsn(ISTORE, PC);
        mv.visitJumpInsn(GOTO, dispatch);
    }

    private void checkCancelled() {
        mv.visitVarInsn(ALOAD, CANCELLATION);
        mv.visitMethodInsn(INVOKESTATIC, STEPS, "checkCancelled", "(L" + SELF + "Cancellation;)V", false);
    }

    private void memory(int pc, int top, String name) {
        Label outOfGas = stub(pc, exitOutOfGas);
        mv.visitVarInsn(ALOAD, MEM);
        mv.visitVarInsn(ALOAD, S);
        index(top);
        mv.visitVarInsn(LLOAD, GAS);
        mv.visitMethodInsn(INVOKESTATIC, STEPS, name, "(L" + SELF + "Memory;[JIJ)J", false);
        mv.visitInsn(DUP2);
        mv.visitVarInsn(LSTORE, GAS);
        mv.visitInsn(LCONST_0);
        mv.visitInsn(LCMP);
        mv.visitJumpInsn(IFLT, outOfGas);
    }

    /** Any other defined opcode, through the interpreter's checks and {@link Operations}. */
    private void delegated(int pc, int op) {
        place(pc);
        if (op == 0xf0 || op == 0xf1 || op == 0xf2 || op == 0xf4 || op == 0xf5 || op == 0xfa) resume = pc + 1;
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ALOAD, OPS);
        mv.visitVarInsn(ILOAD, SP);
        mv.visitVarInsn(LLOAD, GAS);
        pushInt(pc);
        pushInt(op);
        pushLong(table.dispatch[op]);
        mv.visitMethodInsn(INVOKESTATIC, STEPS, "delegate",
                "(L" + FRAME + ";L" + SELF + "Operations;IJIIJ)I", false);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ISTORE, STATUS);
        mv.visitJumpInsn(IFNE, exitReturn);
        loadHeightAndGas();
    }

    /** Reads the frame's stack height and gas into their locals. */
    private void loadHeightAndGas() {
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "sp", "I");
        mv.visitVarInsn(ISTORE, SP);
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "gas", "J");
        mv.visitVarInsn(LSTORE, GAS);
    }

    /** A label, emitted after the method's body, that sets the pc to {@code pc} and goes to {@code exit}. */
    private Label stub(int pc, Label exit) {
        Label label = new Label();
        stubs.add(() -> {
            mv.visitLabel(label);
            exitAt(pc, exit);
        });
        return label;
    }

    /** Sets the pc and goes to one of the shared exits. */
    private void exitAt(int pc, Label exit) {
        pushInt(pc);
        mv.visitVarInsn(ISTORE, PC);
        mv.visitJumpInsn(GOTO, exit);
    }

    /** Sets the pc and halts with STOP ({@code op} 0x00 is the only halting opcode a segment holds). */
    private void exitAt(int pc, int op) {
        pushInt(pc);
        mv.visitVarInsn(ISTORE, PC);
        pushInt(Status.STOP);
        mv.visitVarInsn(ISTORE, STATUS);
        mv.visitJumpInsn(GOTO, exitStatus);
    }

    private void exits() {
        mv.visitLabel(exitOutOfGas);
        pushInt(Status.OUT_OF_GAS);
        mv.visitVarInsn(ISTORE, STATUS);
        mv.visitJumpInsn(GOTO, exitStatus);
        mv.visitLabel(exitInvalidJump);
        pushInt(Status.INVALID_JUMP);
        mv.visitVarInsn(ISTORE, STATUS);
        mv.visitJumpInsn(GOTO, exitStatus);
        mv.visitLabel(exitInterpret);
        pushInt(Status.INTERPRET);
        mv.visitVarInsn(ISTORE, STATUS);
        mv.visitLabel(exitStatus);
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ILOAD, PC);
        mv.visitVarInsn(ILOAD, SP);
        mv.visitVarInsn(LLOAD, GAS);
        mv.visitVarInsn(ILOAD, STATUS);
        mv.visitMethodInsn(INVOKESTATIC, STEPS, "halt", "(L" + FRAME + ";IIJI)I", false);
        mv.visitInsn(IRETURN);
        mv.visitLabel(exitReturn);
        mv.visitVarInsn(ILOAD, STATUS);
        mv.visitInsn(IRETURN);
    }

    private void call(int top, String name) {
        mv.visitVarInsn(ALOAD, S);
        index(top);
        mv.visitMethodInsn(INVOKESTATIC, STEPS, name, "([JI)V", false);
    }

    private void callMath(int top, String name) {
        mv.visitVarInsn(ALOAD, MATH);
        mv.visitVarInsn(ALOAD, S);
        index(top);
        mv.visitMethodInsn(INVOKESTATIC, STEPS, name, "(L" + SELF + "Arithmetic;[JI)V", false);
    }

    /** Pushes the stack index {@code base + offset} onto the JVM's operand stack. */
    private void index(int offset) {
        mv.visitVarInsn(ILOAD, BASE);
        if (offset != 0) {
            pushInt(offset);
            mv.visitInsn(IADD);
        }
    }

    private void pushInt(int v) {
        if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
        else mv.visitLdcInsn(v);
    }

    private void pushLong(long v) {
        if (v == 0 || v == 1) mv.visitInsn(LCONST_0 + (int) v);
        else mv.visitLdcInsn(v);
    }
}
