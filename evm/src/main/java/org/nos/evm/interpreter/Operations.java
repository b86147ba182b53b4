package org.nos.evm.interpreter;

import java.util.ArrayList;
import java.util.List;
import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.Log;

/**
 * The bodies of the opcodes that touch memory regions, the environment or state, or start sub-calls, and of those
 * that {@link Interpreter}'s loop leaves out to stay small (division, the rarer arithmetic and shifts). Each reads
 * its inputs from the frame's stack, charges its dynamic gas from {@code f.gas}, and returns 0 to continue or the
 * {@link Status} that ends (or suspends) the frame.
 */
final class Operations {
    private final WorldState state;
    private final Environment env;
    private final EvmConfig config;
    private final byte[] scratch = new byte[32];
    private final long[] keccakState = new long[25];

    /** Division's scratch space, shared with {@link CompiledCode}. */
    final Arithmetic math = new Arithmetic();

    Operations(EvmConfig config, WorldState state, Environment env) {
        this.config = config;
        this.state = state;
        this.env = env;
    }

    int execute(Frame f, int op) {
        long[] s = f.stack;
        int t = (f.sp - 1) << 2;
        switch (op) {
            case 0x04: math.div(s, t, t - 4); return pop(f, 1);
            case 0x05: math.sdiv(s, t, t - 4); return pop(f, 1);
            case 0x06: math.mod(s, t, t - 4); return pop(f, 1);
            case 0x07: math.smod(s, t, t - 4); return pop(f, 1);
            case 0x08: math.addMod(s, t, t - 4, t - 8); return pop(f, 2);
            case 0x09: math.mulMod(s, t, t - 4, t - 8); return pop(f, 2);
            case 0x0a: return exp(f, s, t);
            case 0x0b: Arithmetic.signExtend(s, t, t - 4); return pop(f, 1);
            case 0x12: Arithmetic.set(s, t - 4, Arithmetic.compareSigned(s, t, t - 4) < 0 ? 1 : 0); return pop(f, 1);
            case 0x13: Arithmetic.set(s, t - 4, Arithmetic.compareSigned(s, t, t - 4) > 0 ? 1 : 0); return pop(f, 1);
            case 0x19: s[t] = ~s[t]; s[t + 1] = ~s[t + 1]; s[t + 2] = ~s[t + 2]; s[t + 3] = ~s[t + 3]; return 0;
            case 0x1a: Arithmetic.byteOp(s, t, t - 4); return pop(f, 1);
            case 0x1b: Arithmetic.shl(s, t, t - 4); return pop(f, 1);
            case 0x1d: Arithmetic.shr(s, t, t - 4, true); return pop(f, 1);
            case 0x20: return keccak(f, s, t);
            case 0x30: return push(f, f.address);
            case 0x31: return balance(f, s, t);
            case 0x32: return push(f, env.origin());
            case 0x33: return push(f, f.caller);
            case 0x34: return push(f, f.value);
            case 0x35: return callDataLoad(f, s, t);
            case 0x36: return push(f, f.input.length);
            case 0x37: return copy(f, s, t, f.input, f.input.length);
            case 0x38: return push(f, f.code.length);
            case 0x39: return copy(f, s, t, f.code.code, f.code.length);
            case 0x3a: return push(f, env.gasPrice());
            case 0x3b: return extCodeSize(f, s, t);
            case 0x3c: return extCodeCopy(f, s, t);
            case 0x3d: return push(f, f.returnData.length);
            case 0x3e: return returnDataCopy(f, s, t);
            case 0x3f: return extCodeHash(f, s, t);
            case 0x40: return blockHash(f, s, t);
            case 0x41: return push(f, env.coinbase());
            case 0x42: return push(f, env.timestamp());
            case 0x43: return push(f, env.number());
            case 0x44: return push(f, env.prevRandao());
            case 0x45: return push(f, env.gasLimit());
            case 0x46: return push(f, env.chainId());
            case 0x47: return push(f, state.getBalance(f.address));
            case 0x48: return push(f, env.baseFee());
            case 0x49: return blobHash(f, s, t);
            case 0x4a: return push(f, env.blobBaseFee());
            case 0x54: return sload(f, s, t);
            case 0x55: return sstore(f, s, t);
            case 0x53: return mstore8(f, s, t);
            case 0x58: return push(f, f.pc);
            case 0x59: return push(f, f.memory.size());
            case 0x5a: return push(f, f.gas);
            case 0x5c: return tload(f, s, t);
            case 0x5d: return tstore(f, s, t);
            case 0x5e: return mcopy(f, s, t);
            case 0xa0: case 0xa1: case 0xa2: case 0xa3: case 0xa4: return log(f, s, t, op - 0xa0);
            case 0xf0: return create(f, s, t, CallKind.CREATE);
            case 0xf1: return call(f, s, t, CallKind.CALL);
            case 0xf2: return call(f, s, t, CallKind.CALLCODE);
            case 0xf3: return halt(f, s, t, Status.RETURN);
            case 0xf4: return call(f, s, t, CallKind.DELEGATECALL);
            case 0xf5: return create(f, s, t, CallKind.CREATE2);
            case 0xfa: return call(f, s, t, CallKind.STATICCALL);
            case 0xfd: return halt(f, s, t, Status.REVERT);
            case 0xff: return selfDestruct(f, s, t);
            default: return Status.INVALID_OPCODE;
        }
    }

    // ------------------------------------------------------------------ helpers

    private static int pop(Frame f, int n) {
        f.sp -= n;
        return 0;
    }

    private static boolean charge(Frame f, long cost) {
        if (f.gas < cost) return false;
        f.gas -= cost;
        return true;
    }

    private static boolean chargeMemory(Frame f, long offset, long length) {
        long cost = f.memory.expansionCost(offset, length);
        if (f.gas < cost) return false;
        f.gas -= cost;
        f.memory.grow(offset, length);
        return true;
    }

    private static int push(Frame f, long v) {
        f.push(v);
        return 0;
    }

    private static int push(Frame f, Address a) {
        f.pushAddress(a);
        return 0;
    }

    private static int push(Frame f, Word w) {
        Words.putWord(f.stack, f.sp << 2, w);
        f.sp++;
        return 0;
    }

    /** CALLDATALOAD: the 32 input bytes at the offset on top, those past the end of the input read as zero. */
    private int callDataLoad(Frame f, long[] s, int t) {
        long off = Words.clampedLong(s, t);
        byte[] in = f.input;
        if (off <= in.length - 32L) {
            Words.putBytes32(s, t, in, (int) off);
            return 0;
        }
        byte[] b = scratch;
        for (int i = 0; i < 32; i++) {
            b[i] = off < in.length - i ? in[(int) off + i] : 0;
        }
        Words.putBytes32(s, t, b, 0);
        return 0;
    }

    private int coldAccount(Frame f, Address a) {
        if (state.warmAccount(a) && !charge(f, Gas.COLD_ACCOUNT_ACCESS - Gas.WARM_READ)) return Status.OUT_OF_GAS;
        return 0;
    }

    // ------------------------------------------------------------------ arithmetic the dispatch loop leaves here

    private int exp(Frame f, long[] s, int t) {
        if (!charge(f, Gas.EXP_BYTE * Arithmetic.byteLength(s, t - 4))) return Status.OUT_OF_GAS;
        math.exp(s, t, t - 4);
        return pop(f, 1);
    }

    // ------------------------------------------------------------------ memory and data

    private static int mstore8(Frame f, long[] s, int t) {
        long off = Words.clampedLong(s, t);
        if (!chargeMemory(f, off, 1)) return Status.OUT_OF_GAS;
        f.memory.storeByte((int) off, (byte) s[t - 4]);
        return pop(f, 2);
    }

    private int keccak(Frame f, long[] s, int t) {
        long off = Words.clampedLong(s, t);
        long len = Words.clampedLong(s, t - 4);
        if (!chargeMemory(f, off, len) || !charge(f, Gas.KECCAK_WORD * Gas.words(len))) return Status.OUT_OF_GAS;
        long[] lanes = keccakState;
        f.memory.hashToLanes(len == 0 ? 0 : (int) off, (int) len, lanes);
        s[t - 1] = Long.reverseBytes(lanes[0]); // the digest's first 8 bytes are the word's top limb
        s[t - 2] = Long.reverseBytes(lanes[1]);
        s[t - 3] = Long.reverseBytes(lanes[2]);
        s[t - 4] = Long.reverseBytes(lanes[3]);
        f.sp--;
        return 0;
    }

    /** CALLDATACOPY and CODECOPY: memory offset, source offset, length. */
    private static int copy(Frame f, long[] s, int t, byte[] src, int srcLength) {
        long memOff = Words.clampedLong(s, t);
        long srcOff = Words.clampedLong(s, t - 4);
        long len = Words.clampedLong(s, t - 8);
        f.sp -= 3;
        if (!chargeMemory(f, memOff, len) || !charge(f, Gas.COPY_WORD * Gas.words(len))) return Status.OUT_OF_GAS;
        if (len > 0) f.memory.copyIn((int) memOff, src, srcOff, (int) len, srcLength);
        return 0;
    }

    private static int returnDataCopy(Frame f, long[] s, int t) {
        long memOff = Words.clampedLong(s, t);
        long srcOff = Words.clampedLong(s, t - 4);
        long len = Words.clampedLong(s, t - 8);
        f.sp -= 3;
        if (!chargeMemory(f, memOff, len) || !charge(f, Gas.COPY_WORD * Gas.words(len))) return Status.OUT_OF_GAS;
        if (srcOff == Long.MAX_VALUE || len == Long.MAX_VALUE || srcOff + len > f.returnData.length) {
            return Status.RETURNDATA_OUT_OF_BOUNDS;
        }
        if (len > 0) f.memory.copyIn((int) memOff, f.returnData, srcOff, (int) len);
        return 0;
    }

    private static int mcopy(Frame f, long[] s, int t) {
        long dst = Words.clampedLong(s, t);
        long src = Words.clampedLong(s, t - 4);
        long len = Words.clampedLong(s, t - 8);
        f.sp -= 3;
        if (len == 0) return 0;
        if (!chargeMemory(f, Math.max(dst, src), len) || !charge(f, Gas.COPY_WORD * Gas.words(len))) {
            return Status.OUT_OF_GAS;
        }
        f.memory.copyWithin((int) dst, (int) src, (int) len);
        return 0;
    }

    private static int halt(Frame f, long[] s, int t, int status) {
        long off = Words.clampedLong(s, t);
        long len = Words.clampedLong(s, t - 4);
        f.sp -= 2;
        if (!chargeMemory(f, off, len)) return Status.OUT_OF_GAS;
        f.output = f.memory.slice(off, len);
        return status;
    }

    // ------------------------------------------------------------------ environment and accounts

    private int balance(Frame f, long[] s, int t) {
        Address a = Words.toAddress(s, t);
        if (coldAccount(f, a) != 0) return Status.OUT_OF_GAS;
        Words.putWord(s, t, state.getBalance(a));
        return 0;
    }

    private int extCodeSize(Frame f, long[] s, int t) {
        Address a = Words.toAddress(s, t);
        if (coldAccount(f, a) != 0) return Status.OUT_OF_GAS;
        Arithmetic.set(s, t, state.getCodeSize(a));
        return 0;
    }

    private int extCodeHash(Frame f, long[] s, int t) {
        Address a = Words.toAddress(s, t);
        if (coldAccount(f, a) != 0) return Status.OUT_OF_GAS;
        if (state.isEmpty(a)) Arithmetic.set(s, t, 0);
        else Words.putHash(s, t, state.getCodeHash(a));
        return 0;
    }

    private int extCodeCopy(Frame f, long[] s, int t) {
        Address a = Words.toAddress(s, t);
        long memOff = Words.clampedLong(s, t - 4);
        long srcOff = Words.clampedLong(s, t - 8);
        long len = Words.clampedLong(s, t - 12);
        f.sp -= 4;
        if (coldAccount(f, a) != 0) return Status.OUT_OF_GAS;
        if (!chargeMemory(f, memOff, len) || !charge(f, Gas.COPY_WORD * Gas.words(len))) return Status.OUT_OF_GAS;
        if (len > 0) f.memory.copyIn((int) memOff, state.getCode(a), srcOff, (int) len);
        return 0;
    }

    private int blockHash(Frame f, long[] s, int t) {
        long n = Words.clampedLong(s, t);
        long current = env.number();
        Hash h = null;
        if (n < current && n >= current - 256) h = env.blockHashes().apply(n);
        if (h == null) Arithmetic.set(s, t, 0);
        else Words.putHash(s, t, h);
        return 0;
    }

    private int blobHash(Frame f, long[] s, int t) {
        long i = Words.clampedLong(s, t);
        List<Hash> hashes = env.blobHashes();
        if (hashes != null && i < hashes.size()) Words.putHash(s, t, hashes.get((int) i));
        else Arithmetic.set(s, t, 0);
        return 0;
    }

    // ------------------------------------------------------------------ storage

    private int sload(Frame f, long[] s, int t) {
        Word key = Word.load(s, t);
        if (state.warmSlot(f.address, key) && !charge(f, Gas.COLD_SLOAD - Gas.WARM_READ)) return Status.OUT_OF_GAS;
        Words.putWord(s, t, state.getStorage(f.address, key));
        return 0;
    }

    /** EIP-2200 with EIP-2929 cold surcharges and EIP-3529 refunds. */
    private int sstore(Frame f, long[] s, int t) {
        if (f.isStatic) return Status.STATIC_VIOLATION;
        if (f.gas <= Gas.SSTORE_SENTRY) return Status.OUT_OF_GAS;
        Word key = Word.load(s, t);
        Word value = Word.load(s, t - 4);
        f.sp -= 2;
        long cost = state.warmSlot(f.address, key) ? Gas.COLD_SLOAD : 0;
        Word current = state.getStorage(f.address, key);
        Word original = state.getOriginalStorage(f.address, key);
        long refund = 0;
        if (current.equals(value)) {
            cost += Gas.WARM_READ;
        } else if (original.equals(current)) {
            if (original.isZero()) {
                cost += Gas.SSTORE_SET;
            } else {
                cost += Gas.SSTORE_RESET - Gas.COLD_SLOAD;
                if (value.isZero()) refund += Gas.SSTORE_CLEARS_REFUND;
            }
        } else {
            cost += Gas.WARM_READ;
            if (!original.isZero()) {
                if (current.isZero()) refund -= Gas.SSTORE_CLEARS_REFUND;
                else if (value.isZero()) refund += Gas.SSTORE_CLEARS_REFUND;
            }
            if (original.equals(value)) {
                refund += original.isZero() ? Gas.SSTORE_SET - Gas.WARM_READ
                        : Gas.SSTORE_RESET - Gas.COLD_SLOAD - Gas.WARM_READ;
            }
        }
        if (!charge(f, cost)) return Status.OUT_OF_GAS;
        if (refund > 0) state.addRefund(refund);
        else if (refund < 0) state.subRefund(-refund);
        if (!current.equals(value)) state.setStorage(f.address, key, value);
        return 0;
    }

    private int tload(Frame f, long[] s, int t) {
        Words.putWord(s, t, state.getTransient(f.address, Word.load(s, t)));
        return 0;
    }

    private int tstore(Frame f, long[] s, int t) {
        if (f.isStatic) return Status.STATIC_VIOLATION;
        state.setTransient(f.address, Word.load(s, t), Word.load(s, t - 4));
        f.sp -= 2;
        return 0;
    }

    private int log(Frame f, long[] s, int t, int topics) {
        if (f.isStatic) return Status.STATIC_VIOLATION;
        long off = Words.clampedLong(s, t);
        long len = Words.clampedLong(s, t - 4);
        if (!chargeMemory(f, off, len) || len > Long.MAX_VALUE / Gas.LOG_DATA_BYTE
                || !charge(f, Gas.LOG_DATA_BYTE * len)) {
            return Status.OUT_OF_GAS;
        }
        List<Hash> list = new ArrayList<>(topics);
        for (int i = 0; i < topics; i++) {
            byte[] h = new byte[32];
            Words.toBytes32(s, t - 8 - 4 * i, h, 0);
            list.add(Hash.wrap(h));
        }
        f.sp -= 2 + topics;
        state.addLog(new Log(f.address, List.copyOf(list), Bytes.wrap(f.memory.slice(off, len))));
        return 0;
    }

    private int selfDestruct(Frame f, long[] s, int t) {
        if (f.isStatic) return Status.STATIC_VIOLATION;
        Address beneficiary = Words.toAddress(s, t);
        f.sp--;
        long cost = state.warmAccount(beneficiary) ? Gas.COLD_ACCOUNT_ACCESS : 0;
        Word balance = state.getBalance(f.address);
        if (!balance.isZero() && state.isEmpty(beneficiary)) cost += Gas.SELFDESTRUCT_NEW_ACCOUNT;
        if (!charge(f, cost)) return Status.OUT_OF_GAS;
        state.subBalance(f.address, balance);
        state.addBalance(beneficiary, balance);
        if (!config.fork().has(Eip.EIP_6780_SELFDESTRUCT) || state.wasCreatedInTransaction(f.address)) {
            state.markSelfDestructed(f.address);
            state.setBalance(f.address, Word.ZERO);
        }
        return Status.STOP;
    }

    // ------------------------------------------------------------------ sub-calls

    /** Prices a CALL-family opcode (EIP-150 all-but-one-64th, EIP-2929 cold surcharge) and suspends the frame. */
    private int call(Frame f, long[] s, int t, CallKind kind) {
        boolean hasValue = kind == CallKind.CALL || kind == CallKind.CALLCODE;
        long requested = Words.clampedLong(s, t);
        Address to = Words.toAddress(s, t - 4);
        Word value = hasValue ? Word.load(s, t - 8) : Word.ZERO;
        int args = hasValue ? t - 12 : t - 8;
        long inOff = Words.clampedLong(s, args);
        long inLen = Words.clampedLong(s, args - 4);
        long retOff = Words.clampedLong(s, args - 8);
        long retLen = Words.clampedLong(s, args - 12);
        f.sp -= hasValue ? 7 : 6;
        if (coldAccount(f, to) != 0) return Status.OUT_OF_GAS;
        long inCost = f.memory.expansionCost(inOff, inLen);
        long retCost = f.memory.expansionCost(retOff, retLen);
        if (!charge(f, Math.max(inCost, retCost))) return Status.OUT_OF_GAS;
        f.memory.grow(inOff, inLen);
        f.memory.grow(retOff, retLen);
        long extra = 0;
        if (hasValue && !value.isZero()) {
            if (kind == CallKind.CALL && f.isStatic) return Status.STATIC_VIOLATION;
            extra += Gas.CALL_VALUE;
            if (kind == CallKind.CALL && state.isEmpty(to)) extra += Gas.NEW_ACCOUNT;
        }
        if (!charge(f, extra)) return Status.OUT_OF_GAS;
        long available = f.gas - f.gas / 64;
        long gas = Math.min(requested, available);
        f.gas -= gas;
        if (hasValue && !value.isZero()) gas += Gas.CALL_STIPEND;
        f.pendingKind = kind;
        f.pendingTarget = to;
        f.pendingValue = value;
        f.pendingGas = gas;
        f.pendingInput = f.memory.slice(inOff, inLen);
        f.pendingRetOffset = retOff;
        f.pendingRetSize = retLen;
        return Status.SUSPENDED;
    }

    /** Prices CREATE/CREATE2 (EIP-3860 initcode words, CREATE2 hashing) and suspends the frame. */
    private int create(Frame f, long[] s, int t, CallKind kind) {
        if (f.isStatic) return Status.STATIC_VIOLATION;
        Word value = Word.load(s, t);
        long off = Words.clampedLong(s, t - 4);
        long len = Words.clampedLong(s, t - 8);
        Word salt = kind == CallKind.CREATE2 ? Word.load(s, t - 12) : null;
        f.sp -= kind == CallKind.CREATE2 ? 4 : 3;
        if (config.fork().has(Eip.EIP_3860_INITCODE_LIMIT) && len > config.maxInitcodeSize()) {
            return Status.OUT_OF_GAS;
        }
        if (!chargeMemory(f, off, len)) return Status.OUT_OF_GAS;
        long words = Gas.words(len);
        long perWord = (config.fork().has(Eip.EIP_3860_INITCODE_LIMIT) ? Gas.INITCODE_WORD : 0)
                + (kind == CallKind.CREATE2 ? Gas.KECCAK_WORD : 0);
        if (!charge(f, perWord * words)) return Status.OUT_OF_GAS;
        long gas = f.gas - f.gas / 64;
        f.gas -= gas;
        f.pendingKind = kind;
        f.pendingValue = value;
        f.pendingSalt = salt;
        f.pendingGas = gas;
        f.pendingInput = f.memory.slice(off, len);
        return Status.SUSPENDED;
    }
}
