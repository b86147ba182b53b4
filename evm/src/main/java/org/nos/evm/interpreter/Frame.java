package org.nos.evm.interpreter;

import org.nos.evm.Word;
import org.nos.protocol.base.Address;

/**
 * One call frame: the machine state (stack of 4-long words, memory, pc, gas) and the message it runs. Frames are
 * pooled by depth inside an {@link Evm}, so their stack and memory are allocated once per depth, not per call.
 */
public final class Frame implements FrameView {
    static final byte[] EMPTY = new byte[0];

    final int depth;
    final long[] stack = new long[OpcodeTable.STACK_LIMIT * 4];
    final Memory memory = new Memory();
    int sp;
    int pc;
    long gas;

    CallKind kind;
    Address address;
    Address caller;
    Address codeAddress;
    Word value;
    byte[] input;
    CodeAnalysis code;
    boolean isStatic;
    byte[] returnData = EMPTY;
    int snapshot;
    long initialGas;

    /** The compiled code a sub-call suspended the frame in, where it resumes; null if it was the interpreter. */
    CompiledCode suspendedIn;

    /** The sub-call the interpreter suspended on, read by {@link Evm}. */
    CallKind pendingKind;
    Address pendingTarget;
    Address pendingCodeAddress;
    Word pendingValue;
    byte[] pendingInput;
    long pendingGas;
    long pendingRetOffset;
    long pendingRetSize;
    Word pendingSalt;

    byte[] output = EMPTY;

    Frame(int depth) {
        this.depth = depth;
    }

    void init(CallKind kind, Address address, Address caller, Address codeAddress, Word value, byte[] input,
            CodeAnalysis code, long gas, boolean isStatic) {
        this.kind = kind;
        this.address = address;
        this.caller = caller;
        this.codeAddress = codeAddress;
        this.value = value;
        this.input = input;
        this.code = code;
        this.gas = gas;
        this.initialGas = gas;
        this.isStatic = isStatic;
        this.sp = 0;
        this.pc = 0;
        this.returnData = EMPTY;
        this.output = EMPTY;
        this.suspendedIn = null;
        this.memory.reset();
    }

    /** Pushes an unsigned long onto the stack (the stack has room: the opcode that suspended popped its inputs). */
    void push(long v) {
        Arithmetic.set(stack, sp << 2, v);
        sp++;
    }

    void pushAddress(Address a) {
        Words.putAddress(stack, sp << 2, a);
        sp++;
    }

    @Override
    public int depth() {
        return depth;
    }

    @Override
    public Address address() {
        return address;
    }

    @Override
    public long gas() {
        return gas;
    }

    @Override
    public int stackSize() {
        return sp;
    }

    @Override
    public Word stackItem(int i) {
        return Word.load(stack, (sp - 1 - i) << 2);
    }

    @Override
    public int memorySize() {
        return memory.size();
    }

    @Override
    public byte[] memory(long offset, long length) {
        return memory.slice(offset, length);
    }

    @Override
    public byte[] returnData() {
        return returnData;
    }

    public CallKind kind() {
        return kind;
    }

    public Address caller() {
        return caller;
    }

    public byte[] input() {
        return input;
    }
}
