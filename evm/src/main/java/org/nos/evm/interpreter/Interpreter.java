package org.nos.evm.interpreter;

import org.nos.evm.EvmConfig;
import org.nos.evm.state.WorldState;
import org.nos.evm.tracing.Tracer;

/**
 * The dispatch loop. Each step reads the opcode's constant gas and stack bounds from the fork's
 * {@link OpcodeTable} (one packed long), checks and charges them, then runs the opcode's body: the opcodes compiled
 * Solidity runs most inline in {@link #run}, everything else in {@link Operations}. Division, NOT, SHL, CALLDATALOAD,
 * GAS and the rarer arithmetic (signed division and comparison, ADDMOD, MULMOD, EXP, SIGNEXTEND, BYTE, SAR) are there
 * too: the larger {@code run} is, the worse C2 compiles it for every opcode, as it keeps fewer of the loop's values in
 * registers. A taken jump also runs the JUMPDEST it lands on (1 gas, no stack effect), and the sequences Solidity
 * emits most (PUSH2+JUMP/JUMPI, ISZERO+PUSH2+JUMPI, SWAPn+POP) run as one step when none of their parts can fail,
 * unless a tracer wants to see every step. Words live four longs per slot in the frame's stack array; no opcode
 * allocates except those that touch state, logs, or return data. The loop returns when the frame halts or suspends
 * on a sub-call, which {@link Evm} then runs on its explicit frame stack (no Java recursion per call).
 *
 * <p>Why the cases compute their stack indices from a key that mixes in the opcode: written plainly, many cases
 * share expressions such as {@code (sp - 1) * 4 - 4}, {@code sp + 1} or {@code pc + 1}. C2 computes a shared
 * expression once, where all its uses meet, which is above the switch: every step then computed some fifteen
 * indices and spilled most of them to the stack (seen in the disassembly). With the key, each case takes the opcode
 * out again with a constant of its own, which costs one subtraction, and C2 computes nothing above the switch but
 * the two keys. The arithmetic loop of {@code ../shared/bench}'s {@code ComputeBench} became about 15 % faster and
 * its keccak loop about 6 % (medians of JVMs run in turn).
 */
final class Interpreter {
    /** The fork's opcode table, or with a tracer {@link OpcodeTable#TRACED_DISPATCH}, which sends every step to it. */
    private final long[] dispatch;
    /** The fork's opcode table. */
    private final long[] steps;
    final OpcodeTable table;
    final Operations ops;
    private final Tracer tracer;
    private final Cancellation cancellation;

    Interpreter(EvmConfig config, WorldState state, Environment env, Tracer tracer, Cancellation cancellation) {
        this.table = OpcodeTable.of(config.fork());
        this.steps = table.dispatch;
        this.dispatch = tracer == null ? table.dispatch : OpcodeTable.TRACED_DISPATCH;
        this.tracer = tracer;
        this.cancellation = cancellation;
        this.ops = new Operations(config, state, env);
    }

    /**
     * Runs {@code f} from its pc until it halts (a {@link Status}) or suspends on a call ({@link Status#SUSPENDED}),
     * or, once it has jumped back by a PUSHed destination more than {@code hotJumps} times (a loop), until the next
     * such jump, where it stops with {@link Status#HOT_LOOP} at the destination JUMPDEST.
     */
    int run(Frame f, int hotJumps) {
        final long[] s = f.stack;
        final byte[] code = f.code.code;
        final long[] dispatch = this.dispatch;
        final long[] steps = this.steps;
        final Tracer tracer = this.tracer;
        final Memory mem = f.memory;
        final CodeAnalysis analysis = f.code;
        final Cancellation cancellation = this.cancellation;
        int pc = f.pc;
        int sp = f.sp;
        long gas = f.gas;
        int status;
        loop:
        while (true) {
            int op = code[pc] & 0xff;
            long d = dispatch[op]; // see OpcodeTable.dispatch for the packing
            int minStack = (int) d & 0xffff;
            int above = sp - minStack; // must lie in [0, max - min]
            int room = (int) d >>> 16;
            gas -= d >>> 32;
            if ((above | (room - above) | gas) < 0) { // one sign test for all four faults (all zero the gas)
                if (minStack == OpcodeTable.TRACED) { // a tracer watches: every step comes here first
                    f.pc = pc;
                    f.sp = sp;
                    f.gas = gas;
                    tracer.onStep(f, pc, op, gas);
                    d = steps[op];
                    minStack = (int) d & 0xffff;
                    above = sp - minStack;
                    room = (int) d >>> 16;
                    gas -= d >>> 32;
                }
                if ((above | (room - above) | gas) < 0) {
                    status = minStack == OpcodeTable.UNDEFINED ? Status.INVALID_OPCODE
                            : above < 0 ? Status.STACK_UNDERFLOW
                            : above > room ? Status.STACK_OVERFLOW : Status.OUT_OF_GAS;
                    break;
                }
            }
            // Each case takes its stack index from `key` and its pc from `pcKey` with a constant of its own, so
            // that no index expression is common to two cases (see the class comment)
            final int key = ((sp - 1) << 2) + (op << 8);
            final int pcKey = pc + (op << 8);
            int t; // the index of the top word's first limb: (sp - 1) * 4
            int p; // the pc
            switch (op) {
                case 0x00:
                    status = Status.STOP;
                    break loop;
                case 0x01:
                    t = unkey(key, 0x01);
                    Arithmetic.add(s, t, t - 4);
                    sp = height(t) - 1;
                    break;
                case 0x02:
                    t = unkey(key, 0x02);
                    Arithmetic.mul(s, t, s, t - 4, s, t - 4);
                    sp = height(t) - 1;
                    break;
                case 0x03:
                    t = unkey(key, 0x03);
                    Arithmetic.sub(s, t, t - 4);
                    sp = height(t) - 1;
                    break;
                case 0x10:
                    t = unkey(key, 0x10);
                    Arithmetic.set(s, t - 4, Arithmetic.compareUnsigned(s, t, t - 4) < 0 ? 1 : 0);
                    sp = height(t) - 1;
                    break;
                case 0x11:
                    t = unkey(key, 0x11);
                    Arithmetic.set(s, t - 4, Arithmetic.compareUnsigned(s, t, t - 4) > 0 ? 1 : 0);
                    sp = height(t) - 1;
                    break;
                case 0x14:
                    t = unkey(key, 0x14);
                    Arithmetic.set(s, t - 4, s[t] == s[t - 4] && s[t + 1] == s[t - 3] && s[t + 2] == s[t - 2]
                            && s[t + 3] == s[t - 1] ? 1 : 0);
                    sp = height(t) - 1;
                    break;
                case 0x15:
                    t = unkey(key, 0x15);
                    p = unkey(pcKey, 0x15);
                    if (code[p + 1] == 0x61 && code[p + 4] == 0x57 && tracer == null) {
                        // ISZERO PUSH2 dest JUMPI, as Solidity tests a loop's condition: when nothing can fail, jump
                        // on the operand being zero without writing the flag; otherwise step through
                        long pushJumpGas = (steps[0x61] >>> 32) + (steps[0x57] >>> 32);
                        long landGas = pushJumpGas + (steps[0x5b] >>> 32);
                        int dest = (code[p + 2] & 0xff) << 8 | (code[p + 3] & 0xff);
                        if (gas >= landGas && sp < OpcodeTable.STACK_LIMIT) {
                            if (!Arithmetic.isZero(s, t)) { // not taken: on past the JUMPI
                                gas -= pushJumpGas;
                                sp = height(t) - 1;
                                pc = p + 5;
                                continue;
                            }
                            if (analysis.isJumpDest(dest)) {
                                if (cancellation.isCancelled()) throw new ExecutionCancelledException();
                                gas -= landGas;
                                sp = height(t) - 1;
                                pc = dest + 1;
                                continue;
                            }
                        }
                    }
                    Arithmetic.set(s, t, Arithmetic.isZero(s, t) ? 1 : 0);
                    break;
                case 0x16:
                    t = unkey(key, 0x16);
                    s[t - 4] &= s[t];
                    s[t - 3] &= s[t + 1];
                    s[t - 2] &= s[t + 2];
                    s[t - 1] &= s[t + 3];
                    sp = height(t) - 1;
                    break;
                case 0x17:
                    t = unkey(key, 0x17);
                    s[t - 4] |= s[t];
                    s[t - 3] |= s[t + 1];
                    s[t - 2] |= s[t + 2];
                    s[t - 1] |= s[t + 3];
                    sp = height(t) - 1;
                    break;
                case 0x18:
                    t = unkey(key, 0x18);
                    s[t - 4] ^= s[t];
                    s[t - 3] ^= s[t + 1];
                    s[t - 2] ^= s[t + 2];
                    s[t - 1] ^= s[t + 3];
                    sp = height(t) - 1;
                    break;
                case 0x1c:
                    t = unkey(key, 0x1c);
                    Arithmetic.shr(s, t, t - 4, false);
                    sp = height(t) - 1;
                    break;
                case 0x50:
                    t = unkey(key, 0x50);
                    sp = height(t) - 1;
                    break;
                case 0x51: {
                    t = unkey(key, 0x51);
                    long off = Words.clampedLong(s, t);
                    if (off > mem.size() - 32L) {
                        long memCost = mem.expansionCost(off, 32);
                        if (gas < memCost) {
                            status = Status.OUT_OF_GAS;
                            break loop;
                        }
                        gas -= memCost;
                        mem.grow(off, 32);
                    }
                    mem.loadWord((int) off, s, t);
                    break;
                }
                case 0x52: {
                    t = unkey(key, 0x52);
                    long off = Words.clampedLong(s, t);
                    if (off > mem.size() - 32L) {
                        long memCost = mem.expansionCost(off, 32);
                        if (gas < memCost) {
                            status = Status.OUT_OF_GAS;
                            break loop;
                        }
                        gas -= memCost;
                        mem.grow(off, 32);
                    }
                    mem.storeWord((int) off, s, t - 4);
                    sp = height(t) - 2;
                    break;
                }
                case 0x56: {
                    t = unkey(key, 0x56);
                    long dest = Words.clampedLong(s, t);
                    if (!analysis.isJumpDest(dest)) {
                        status = Status.INVALID_JUMP;
                        break loop;
                    }
                    sp = height(t) - 1;
                    if (cancellation.isCancelled()) throw new ExecutionCancelledException();
                    long jumpDestGas = steps[0x5b] >>> 32;
                    if (tracer == null && gas >= jumpDestGas) { // run the JUMPDEST here (its stack bounds always
                        gas -= jumpDestGas;                    // hold), saving a dispatch
                        pc = (int) dest + 1;
                    } else {
                        pc = (int) dest;
                    }
                    continue;
                }
                case 0x57: {
                    t = unkey(key, 0x57);
                    sp = height(t) - 2;
                    if (!Arithmetic.isZero(s, t - 4)) {
                        long dest = Words.clampedLong(s, t);
                        if (!analysis.isJumpDest(dest)) {
                            status = Status.INVALID_JUMP;
                            break loop;
                        }
                        if (cancellation.isCancelled()) throw new ExecutionCancelledException();
                        long jumpDestGas = steps[0x5b] >>> 32;
                        if (tracer == null && gas >= jumpDestGas) { // as for JUMP
                            gas -= jumpDestGas;
                            pc = (int) dest + 1;
                        } else {
                            pc = (int) dest;
                        }
                        continue;
                    }
                    break;
                }
                case 0x5b:
                    break;
                case 0x5f:
                    t = unkey(key, 0x5f);
                    Arithmetic.set(s, t + 4, 0);
                    sp = height(t) + 1;
                    break;
                case 0x60:
                    t = unkey(key, 0x60);
                    p = unkey(pcKey, 0x60);
                    Arithmetic.set(s, t + 4, code[p + 1] & 0xff);
                    sp = height(t) + 1;
                    pc = p + 1;
                    break;
                case 0x61: {
                    t = unkey(key, 0x61);
                    p = unkey(pcKey, 0x61);
                    int value = (code[p + 1] & 0xff) << 8 | (code[p + 2] & 0xff);
                    int next = code[p + 3] & 0xff;
                    if ((next == 0x56 || next == 0x57) && tracer == null) {
                        // PUSH2 dest + JUMP/JUMPI, as Solidity emits every jump: when nothing can fail, run the
                        // pair (and the JUMPDEST it lands on) in this one step; otherwise step through them
                        long jumpGas = steps[next] >>> 32;
                        long landGas = jumpGas + (steps[0x5b] >>> 32);
                        boolean conditional = next == 0x57; // JUMPI also pops its condition, below dest
                        if (gas >= landGas && (!conditional || sp >= 1)) {
                            if (conditional && Arithmetic.isZero(s, t)) { // not taken: on past the JUMPI
                                gas -= jumpGas;
                                sp = height(t) - 1;
                                pc = p + 4;
                                continue;
                            }
                            if (analysis.isJumpDest(value)) {
                                if (cancellation.isCancelled()) throw new ExecutionCancelledException();
                                if (value < p && --hotJumps < 0) { // a long loop: over to the compiled code
                                    gas -= jumpGas;
                                    if (conditional) sp = height(t) - 1;
                                    pc = value;
                                    status = Status.HOT_LOOP;
                                    break loop;
                                }
                                gas -= landGas;
                                if (conditional) sp = height(t) - 1;
                                pc = value + 1;
                                continue;
                            }
                        }
                    }
                    Arithmetic.set(s, t + 4, value);
                    sp = height(t) + 1;
                    pc = p + 2;
                    break;
                }
                case 0x62: case 0x63: case 0x64: case 0x65: case 0x66: case 0x67: case 0x68:
                case 0x69: case 0x6a: case 0x6b: case 0x6c: case 0x6d: case 0x6e: case 0x6f: case 0x70:
                case 0x71: case 0x72: case 0x73: case 0x74: case 0x75: case 0x76: case 0x77: case 0x78:
                case 0x79: case 0x7a: case 0x7b: case 0x7c: case 0x7d: case 0x7e: case 0x7f: {
                    t = unkey(key, 0x62, op);
                    p = unkey(pcKey, 0x62, op);
                    int n = op - 0x5f;
                    Words.putPush(s, t + 4, code, p + 1, n);
                    sp = height(t) + 1;
                    pc = p + n;
                    break;
                }
                case 0x80: case 0x81: case 0x82: case 0x83: case 0x84: case 0x85: case 0x86: case 0x87:
                case 0x88: case 0x89: case 0x8a: case 0x8b: case 0x8c: case 0x8d: case 0x8e: case 0x8f: {
                    t = unkey(key, 0x80, op);
                    int src = (sp - (op - 0x7f)) << 2;
                    int dst = t + 4;
                    s[dst] = s[src];
                    s[dst + 1] = s[src + 1];
                    s[dst + 2] = s[src + 2];
                    s[dst + 3] = s[src + 3];
                    sp = height(t) + 1;
                    break;
                }
                case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: case 0x96: case 0x97:
                case 0x98: case 0x99: case 0x9a: case 0x9b: case 0x9c: case 0x9d: case 0x9e: case 0x9f: {
                    t = unkey(key, 0x90, op);
                    p = unkey(pcKey, 0x90, op);
                    int o = (sp - 1 - (op - 0x8f)) << 2;
                    if (code[p + 1] == 0x50 && tracer == null && gas >= steps[0x50] >>> 32) {
                        // SWAPn POP, as Solidity assigns a variable: the top replaces item n and goes, in one step
                        gas -= steps[0x50] >>> 32;
                        s[o] = s[t];
                        s[o + 1] = s[t + 1];
                        s[o + 2] = s[t + 2];
                        s[o + 3] = s[t + 3];
                        sp = height(t) - 1;
                        pc = p + 2;
                        continue;
                    }
                    long x0 = s[t], x1 = s[t + 1], x2 = s[t + 2], x3 = s[t + 3];
                    s[t] = s[o];
                    s[t + 1] = s[o + 1];
                    s[t + 2] = s[o + 2];
                    s[t + 3] = s[o + 3];
                    s[o] = x0;
                    s[o + 1] = x1;
                    s[o + 2] = x2;
                    s[o + 3] = x3;
                    break;
                }
                default: {
                    f.pc = pc;
                    f.sp = sp;
                    f.gas = gas;
                    status = ops.execute(f, op);
                    if (status != 0) {
                        if (status == Status.SUSPENDED) pc++;
                        gas = f.gas;
                        sp = f.sp;
                        break loop;
                    }
                    sp = f.sp;
                    gas = f.gas;
                }
            }
            pc++;
        }
        f.pc = pc;
        f.sp = sp;
        f.gas = status >= Status.OUT_OF_GAS ? 0 : gas;
        return status;
    }

    /** Takes the opcode out of a step's key again, in the case of {@code op}. */
    private static int unkey(int key, int op) {
        return key - (op << 8);
    }

    /** {@link #unkey(int, int)} in the case of the opcodes from {@code first} on, for {@code op}, one of them. */
    private static int unkey(int key, int first, int op) {
        return key - (first << 8) - ((op - first) << 8);
    }

    /** The stack height whose top word starts at index {@code t}. */
    private static int height(int t) {
        return (t >> 2) + 1;
    }
}
