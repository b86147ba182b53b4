package org.nos.evm.interpreter;

import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.precompile.Precompile;
import org.nos.evm.state.WorldState;
import org.nos.evm.tracing.Tracer;
import org.nos.protocol.base.Address;
import org.nos.protocol.crypto.Keccak256;

/**
 * Runs one top-level message and all its sub-calls on an explicit stack of frames (one pooled {@link Frame} per
 * depth), so a call depth of 1024 needs no Java recursion: the interpreter loop returns to {@link #drive} on every
 * CALL/CREATE and on every halt. Sub-call entry and exit rules (value transfer, precompiles, EIP-161 touches,
 * EIP-7610 collisions, code deposit with the configurable EIP-170 limit, snapshots) live here.
 */
public final class Evm {
    public static final int MAX_DEPTH = 1024;

    private final EvmConfig config;
    private final WorldState state;
    private final Tracer tracer;
    private final Cancellation cancellation;
    private final Interpreter interpreter;
    private final Frame[] frames = new Frame[MAX_DEPTH + 1];

    // the outcome of the frame or immediate message that just ended
    private int outStatus;
    private long outGas;
    private byte[] outOutput = Frame.EMPTY;
    private Address outCreated;

    public Evm(EvmConfig config, WorldState state, Environment env, Tracer tracer) {
        this(config, state, env, tracer, Cancellation.never());
    }

    /** An EVM that stops with {@link ExecutionCancelledException} once {@code cancellation} is raised. */
    public Evm(EvmConfig config, WorldState state, Environment env, Tracer tracer, Cancellation cancellation) {
        this.config = config;
        this.state = state;
        this.tracer = tracer;
        this.cancellation = cancellation;
        this.interpreter = new Interpreter(config, state, env, tracer, cancellation);
    }

    /** A top-level message call (a transaction's CALL, eth_call, a system call): transfers {@code value} first. */
    public MessageResult call(Address caller, Address to, Word value, byte[] input, long gas) {
        Frame f = enterCall(0, CallKind.CALL, caller, to, to, value, input, gas, false);
        return drive(f);
    }

    /** A top-level contract creation at the address given by the caller's current nonce (which it increments). */
    public MessageResult create(Address caller, Word value, byte[] initCode, long gas) {
        Frame f = enterCreate(0, CallKind.CREATE, caller, value, initCode, gas, null);
        return drive(f);
    }

    private MessageResult drive(Frame f) {
        if (f != null) {
            while (true) {
                int status = run(f);
                if (status == Status.SUSPENDED) {
                    Frame child = enterChild(f);
                    if (child != null) {
                        f = child;
                    } else {
                        resume(f);
                    }
                    continue;
                }
                finish(f, status);
                if (f.depth == 0) break;
                f = frames[f.depth - 1];
                resume(f);
            }
        }
        boolean success = Status.isSuccess(outStatus);
        return new MessageResult(success, outStatus == Status.REVERT, outGas, outOutput, success ? outCreated : null,
                Status.error(outStatus));
    }

    /**
     * Runs {@code f} until it halts or suspends: in the interpreter, and from the JUMPDEST of a loop that ran long
     * (or, with {@link EvmConfig#compileAfterJumps()} 0, from the start) in its compiled code, back and forth as
     * either hands over. A frame that a call suspended in compiled code resumes there. Traced runs stay in the
     * interpreter, which shows every step.
     */
    private int run(Frame f) {
        int hotJumps = tracer == null ? config.compileAfterJumps() : EvmConfig.NEVER_COMPILE;
        CompiledCode compiled = f.suspendedIn;
        f.suspendedIn = null;
        int status = compiled != null ? compiled.run(f, interpreter.ops, cancellation)
                : hotJumps == 0 ? Status.HOT_LOOP : interpreter.run(f, hotJumps);
        while (true) {
            if (status == Status.HOT_LOOP) {
                compiled = CompiledRegions.of(f.code, interpreter.table, f.pc);
                status = compiled == null ? interpreter.run(f, EvmConfig.NEVER_COMPILE)
                        : compiled.run(f, interpreter.ops, cancellation);
            } else if (status == Status.INTERPRET) {
                compiled = null;
                status = interpreter.run(f, hotJumps);
            } else {
                if (status == Status.SUSPENDED) f.suspendedIn = compiled;
                return status;
            }
        }
    }

    private Frame frame(int depth) {
        Frame f = frames[depth];
        if (f == null) {
            f = new Frame(depth);
            frames[depth] = f;
        }
        return f;
    }

    private Frame enterChild(Frame p) {
        int depth = p.depth + 1;
        Word value = p.pendingValue;
        return switch (p.pendingKind) {
            case CALL -> enterCall(depth, CallKind.CALL, p.address, p.pendingTarget, p.pendingTarget, value,
                    p.pendingInput, p.pendingGas, p.isStatic);
            case CALLCODE -> enterCall(depth, CallKind.CALLCODE, p.address, p.address, p.pendingTarget, value,
                    p.pendingInput, p.pendingGas, p.isStatic);
            case DELEGATECALL -> enterDelegate(depth, p);
            case STATICCALL -> enterCall(depth, CallKind.STATICCALL, p.address, p.pendingTarget, p.pendingTarget,
                    Word.ZERO, p.pendingInput, p.pendingGas, true);
            case CREATE, CREATE2 -> enterCreate(depth, p.pendingKind, p.address, value, p.pendingInput, p.pendingGas,
                    p.pendingSalt);
        };
    }

    private Frame enterDelegate(int depth, Frame p) {
        return enterCall(depth, CallKind.DELEGATECALL, p.caller, p.address, p.pendingTarget, p.value, p.pendingInput,
                p.pendingGas, p.isStatic);
    }

    /**
     * Starts a call. Returns the frame to run, or null when the call finished at once (failure before entry,
     * precompile, no code), its outcome then being in the {@code out*} fields.
     */
    private Frame enterCall(int depth, CallKind kind, Address caller, Address address, Address codeAddress,
            Word value, byte[] input, long gas, boolean isStatic) {
        if (tracer != null) tracer.onEnter(depth, kind, caller, codeAddress, input, gas, value);
        if (cancellation.isCancelled()) throw new ExecutionCancelledException();
        if (depth > MAX_DEPTH) return immediate(depth, Status.DEPTH_EXCEEDED, gas, Frame.EMPTY, gas);
        boolean transfers = kind == CallKind.CALL || kind == CallKind.CALLCODE;
        if (transfers && !value.isZero() && state.getBalance(caller).compareTo(value) < 0) {
            return immediate(depth, Status.INSUFFICIENT_BALANCE, gas, Frame.EMPTY, gas);
        }
        int snapshot = state.snapshot();
        Precompile precompile = config.precompile(codeAddress);
        if (kind == CallKind.CALL) {
            if (precompile == null && value.isZero() && !state.exists(address)) {
                return immediate(depth, Status.STOP, gas, Frame.EMPTY, gas);
            }
            state.subBalance(caller, value);
            state.addBalance(address, value);
        } else if (kind == CallKind.STATICCALL) {
            state.addBalance(address, Word.ZERO); // a touch, as every client does
        }
        if (precompile != null) {
            long cost = precompile.gas(input);
            byte[] out = cost <= gas ? precompile.run(input) : null;
            if (out == null) {
                state.revertTo(snapshot);
                return immediate(depth, cost <= gas ? Status.PRECOMPILE_FAILURE : Status.OUT_OF_GAS, 0, Frame.EMPTY,
                        gas);
            }
            return immediate(depth, Status.RETURN, gas - cost, out, gas);
        }
        byte[] code = state.getCode(codeAddress);
        if (code.length == 0) return immediate(depth, Status.STOP, gas, Frame.EMPTY, gas);
        Frame f = frame(depth);
        f.init(kind, address, caller, codeAddress, value, input, CodeAnalysis.of(state.getCodeHash(codeAddress), code),
                gas, isStatic);
        f.snapshot = snapshot;
        return f;
    }

    private Frame enterCreate(int depth, CallKind kind, Address caller, Word value, byte[] initCode, long gas,
            Word salt) {
        long nonce = state.getNonce(caller);
        Address address = kind == CallKind.CREATE2
                ? Address.create2Address(caller, salt.toBytes(), Keccak256.hash(initCode))
                : Address.contractAddress(caller, nonce);
        if (tracer != null) tracer.onEnter(depth, kind, caller, address, initCode, gas, value);
        if (depth > MAX_DEPTH) return immediate(depth, Status.DEPTH_EXCEEDED, gas, Frame.EMPTY, gas);
        if (!value.isZero() && state.getBalance(caller).compareTo(value) < 0) {
            return immediate(depth, Status.INSUFFICIENT_BALANCE, gas, Frame.EMPTY, gas);
        }
        if (nonce == -1L) return immediate(depth, Status.NONCE_OVERFLOW, gas, Frame.EMPTY, gas);
        state.setNonce(caller, nonce + 1);
        state.warmAccount(address);
        if (state.hasCollision(address)) return immediate(depth, Status.CREATE_COLLISION, 0, Frame.EMPTY, gas);
        int snapshot = state.snapshot();
        state.createAccount(address);
        state.setNonce(address, 1);
        state.subBalance(caller, value);
        state.addBalance(address, value);
        if (initCode.length == 0) {
            Frame none = immediate(depth, Status.STOP, gas, Frame.EMPTY, gas);
            outCreated = address;
            return none;
        }
        Frame f = frame(depth);
        f.init(kind, address, caller, address, value, Frame.EMPTY, CodeAnalysis.of(initCode), gas, false);
        f.snapshot = snapshot;
        return f;
    }

    private Frame immediate(int depth, int status, long gasLeft, byte[] output, long gasGiven) {
        outStatus = status;
        outGas = gasLeft;
        outOutput = output;
        outCreated = null;
        if (tracer != null) tracer.onExit(depth, output, gasGiven - gasLeft, Status.error(status));
        return null;
    }

    private void finish(Frame f, int status) {
        boolean create = f.kind.isCreate();
        if (Status.isSuccess(status) && create) status = depositCode(f);
        outStatus = status;
        if (Status.isSuccess(status)) {
            outGas = f.gas;
            outOutput = create ? Frame.EMPTY : f.output;
            outCreated = create ? f.address : null;
        } else {
            state.revertTo(f.snapshot);
            outGas = status == Status.REVERT ? f.gas : 0;
            outOutput = status == Status.REVERT ? f.output : Frame.EMPTY;
        }
        if (tracer != null) {
            tracer.onExit(f.depth, create && Status.isSuccess(status) ? f.output : outOutput, f.initialGas - outGas,
                    Status.error(status));
        }
    }

    private int depositCode(Frame f) {
        byte[] code = f.output;
        if (config.fork().has(Eip.EIP_170_CODE_SIZE_LIMIT) && code.length > config.maxCodeSize()) {
            return Status.CODE_SIZE_EXCEEDED;
        }
        if (config.fork().has(Eip.EIP_3541_REJECT_EF) && code.length > 0 && code[0] == (byte) 0xef) {
            return Status.INVALID_CODE_PREFIX;
        }
        long cost = Gas.CODE_DEPOSIT_BYTE * code.length;
        if (f.gas < cost) return Status.CODE_STORE_OUT_OF_GAS;
        f.gas -= cost;
        state.setCode(f.address, code);
        return Status.RETURN;
    }

    /** Hands the outcome of the child that just ended back to its suspended parent. */
    private void resume(Frame p) {
        boolean success = Status.isSuccess(outStatus);
        p.gas += outGas;
        if (p.pendingKind.isCreate()) {
            p.returnData = outStatus == Status.REVERT ? outOutput : Frame.EMPTY;
            if (success) p.pushAddress(outCreated);
            else p.push(0);
        } else {
            p.returnData = outOutput;
            if (success || outStatus == Status.REVERT) {
                int n = (int) Math.min(p.pendingRetSize, outOutput.length);
                if (n > 0) p.memory.copyIn((int) p.pendingRetOffset, outOutput, 0, n);
            }
            p.push(success ? 1 : 0);
        }
        p.pendingInput = null;
    }
}
