package org.nos.evm.tracing;

import java.nio.charset.StandardCharsets;
import org.nos.evm.Word;
import org.nos.evm.interpreter.FrameView;
import org.nos.evm.interpreter.Gas;
import org.nos.evm.interpreter.OpcodeInfo;
import org.nos.evm.interpreter.OpcodeTable;

/** Formatting and decoding shared by the tracers (geth's encodings). */
final class TraceSupport {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();
    private static final int ERROR_SELECTOR = 0x08c379a0;
    private static final int PANIC_SELECTOR = 0x4e487b71;

    private TraceSupport() {}

    /** A {@code 0x}-prefixed minimal hex quantity, {@code 0x0} for zero (geth's {@code uint256.Int.Hex()}, hexutil.Big). */
    static String quantity(Word w) {
        long[] limbs = {w.w3, w.w2, w.w1, w.w0};
        int i = 0;
        while (i < 3 && limbs[i] == 0) i++;
        StringBuilder sb = new StringBuilder(2 + 64).append("0x").append(Long.toHexString(limbs[i]));
        for (i++; i < 4; i++) {
            String s = Long.toHexString(limbs[i]);
            for (int pad = s.length(); pad < 16; pad++) sb.append('0');
            sb.append(s);
        }
        return sb.toString();
    }

    /** A {@code 0x}-prefixed hex quantity of an unsigned long (hexutil.Uint64). */
    static String quantity(long v) {
        return "0x" + Long.toHexString(v);
    }

    /** {@code 0x}-prefixed hex bytes (hexutil.Bytes): {@code 0x} for none. */
    static String bytes(byte[] b) {
        return "0x" + plain(b, 0, b.length);
    }

    /** Hex without a prefix (Go's {@code %x}). */
    static String plain(byte[] b, int off, int len) {
        char[] out = new char[2 * len];
        for (int i = 0; i < len; i++) {
            int v = b[off + i] & 0xff;
            out[2 * i] = DIGITS[v >>> 4];
            out[2 * i + 1] = DIGITS[v & 0xf];
        }
        return new String(out);
    }

    /** A word as 64 hex digits without a prefix (Go's {@code %x} of a common.Hash). */
    static String word64(Word w) {
        byte[] b = w.toBytes();
        return plain(b, 0, 32);
    }

    /**
     * geth's {@code abi.UnpackRevert}: the message of {@code Error(string)}, the meaning of {@code Panic(uint256)},
     * or null when the data is neither (or malformed).
     */
    static String revertReason(byte[] data) {
        if (data == null || data.length < 4) return null;
        int selector = (data[0] & 0xff) << 24 | (data[1] & 0xff) << 16 | (data[2] & 0xff) << 8 | (data[3] & 0xff);
        int n = data.length - 4;
        if (selector == ERROR_SELECTOR) {
            if (n < 32) return null;
            long offset = smallWord(data, 4);
            if (offset < 0 || offset + 32 > n) return null;
            long length = smallWord(data, 4 + (int) offset);
            if (length < 0 || offset + 32 + length > n) return null;
            return new String(data, 4 + (int) offset + 32, (int) length, StandardCharsets.UTF_8);
        }
        if (selector == PANIC_SELECTOR) {
            if (n < 32) return null;
            Word code = Word.fromBytes(data, 4, 32);
            if (code.fitsLong()) {
                String reason = panicReason(code.w0);
                if (reason != null) return reason;
            }
            return "unknown panic code: " + quantity(code);
        }
        return null;
    }

    private static String panicReason(long code) {
        if (code == 0x00) return "generic panic";
        if (code == 0x01) return "assert(false)";
        if (code == 0x11) return "arithmetic underflow or overflow";
        if (code == 0x12) return "division or modulo by zero";
        if (code == 0x21) return "enum overflow";
        if (code == 0x22) return "invalid encoded storage byte array accessed";
        if (code == 0x31) return "out-of-bounds array access; popping on an empty array";
        if (code == 0x32) return "out-of-bounds access of an array or bytesN";
        if (code == 0x41) return "out of memory";
        if (code == 0x51) return "uninitialized function";
        return null;
    }

    /** A big-endian 32-byte word at {@code off} as a long, or -1 when it does not fit in an int. */
    private static long smallWord(byte[] b, int off) {
        for (int i = 0; i < 28; i++) {
            if (b[off + i] != 0) return -1;
        }
        long v = (b[off + 28] & 0xffL) << 24 | (b[off + 29] & 0xffL) << 16 | (b[off + 30] & 0xffL) << 8
                | (b[off + 31] & 0xffL);
        return v > Integer.MAX_VALUE ? -1 : v;
    }

    /**
     * The interpreter reports stack and opcode errors in short form; geth's messages carry the numbers
     * ({@code stack underflow (0 <=> 2)}, {@code stack limit reached 1024 (1023)}, {@code invalid opcode: INVALID}).
     */
    static String refineError(String error, int op, int stackSize, OpcodeTable table) {
        if (error == null || op < 0) return error;
        OpcodeInfo info = table.info(op);
        return switch (error) {
            case "stack underflow" -> info == null ? error
                    : "stack underflow (" + stackSize + " <=> " + info.inputs() + ")";
            case "stack limit reached 1024" -> info == null ? error
                    : "stack limit reached " + stackSize + " ("
                            + (OpcodeTable.STACK_LIMIT + info.inputs() - info.outputs()) + ")";
            case "invalid opcode" -> "invalid opcode: " + OpcodeNames.name(op);
            default -> error;
        };
    }

    /**
     * The dynamic gas geth would add to an opcode's constant gas for memory expansion and per-word or per-byte
     * charges, read from the stack before the opcode runs. Used only to report the cost of an opcode that failed
     * (the normal cost is measured exactly); state-dependent parts (cold access, SSTORE, forwarded call gas) are
     * not included.
     */
    static long estimatedDynamicGas(FrameView f, int op) {
        int sp = f.stackSize();
        long mem = f.memorySize();
        switch (op) {
            case 0x0a:
                return sp < 2 ? 0 : Gas.EXP_BYTE * ((256 - leadingZeroBits(f.stackItem(1)) + 7) / 8);
            case 0x20:
                return sp < 2 ? 0 : memCost(mem, f.stackItem(0), f.stackItem(1), Gas.KECCAK_WORD);
            case 0x37: case 0x39: case 0x3e:
                return sp < 3 ? 0 : memCost(mem, f.stackItem(0), f.stackItem(2), Gas.COPY_WORD);
            case 0x3c:
                return sp < 4 ? 0 : memCost(mem, f.stackItem(1), f.stackItem(3), Gas.COPY_WORD);
            case 0x51: case 0x52:
                return sp < 1 ? 0 : memCost(mem, f.stackItem(0), Word.of(32), 0);
            case 0x53:
                return sp < 1 ? 0 : memCost(mem, f.stackItem(0), Word.ONE, 0);
            case 0x5e: {
                if (sp < 3) return 0;
                Word dst = f.stackItem(0);
                Word src = f.stackItem(1);
                return memCost(mem, dst.compareTo(src) >= 0 ? dst : src, f.stackItem(2), Gas.COPY_WORD);
            }
            case 0xa0: case 0xa1: case 0xa2: case 0xa3: case 0xa4: {
                if (sp < 2) return 0;
                long m = memCost(mem, f.stackItem(0), f.stackItem(1), 0);
                Word len = f.stackItem(1);
                return len.fitsLong() && len.w0 < Long.MAX_VALUE / Gas.LOG_DATA_BYTE
                        ? m + Gas.LOG_DATA_BYTE * len.w0 : m;
            }
            case 0xf0:
                return sp < 3 ? 0 : memCost(mem, f.stackItem(1), f.stackItem(2), Gas.INITCODE_WORD);
            case 0xf5:
                return sp < 4 ? 0 : memCost(mem, f.stackItem(1), f.stackItem(2), Gas.INITCODE_WORD + Gas.KECCAK_WORD);
            case 0xf3: case 0xfd:
                return sp < 2 ? 0 : memCost(mem, f.stackItem(0), f.stackItem(1), 0);
            default:
                return 0;
        }
    }

    private static int leadingZeroBits(Word w) {
        if (w.w3 != 0) return Long.numberOfLeadingZeros(w.w3);
        if (w.w2 != 0) return 64 + Long.numberOfLeadingZeros(w.w2);
        if (w.w1 != 0) return 128 + Long.numberOfLeadingZeros(w.w1);
        return 192 + Long.numberOfLeadingZeros(w.w0);
    }

    /** Memory expansion for [offset, offset+length) plus {@code perWord} per word of length; 0 when unrepresentable. */
    private static long memCost(long currentSize, Word offset, Word length, long perWord) {
        if (length.isZero()) return 0;
        if (!offset.fitsLong() || !length.fitsLong()) return 0;
        long end = offset.w0 + length.w0;
        if (end < 0 || end > 0x1FFFFFFFE0L) return 0; // geth: gas uint64 overflow, no dynamic cost reported
        long words = Gas.words(length.w0);
        long expansion = end <= currentSize ? 0
                : Gas.memoryCost(Gas.words(end)) - Gas.memoryCost(currentSize >>> 5);
        return expansion + perWord * words;
    }
}
