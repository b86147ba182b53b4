package org.nos.ejb.execution;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Decodes revert data as go-ethereum's {@code abi.UnpackRevert}: {@code Error(string)} and {@code Panic(uint256)}. */
public final class RevertReason {
    private static final int ERROR_SELECTOR = 0x08c379a0;
    private static final int PANIC_SELECTOR = 0x4e487b71;

    private RevertReason() {
    }

    /** The reason, or null when the data is neither a well-formed Error(string) nor a Panic(uint256). */
    public static String decode(byte[] data) {
        if (data == null || data.length < 36) return null;
        int selector = (data[0] & 0xff) << 24 | (data[1] & 0xff) << 16 | (data[2] & 0xff) << 8 | (data[3] & 0xff);
        if (selector == ERROR_SELECTOR) {
            long offset = smallWord(data, 4);
            if (offset < 0 || 4 + offset + 32 > data.length) return null;
            long length = smallWord(data, (int) (4 + offset));
            if (length < 0 || 4 + offset + 32 + length > data.length) return null;
            return new String(data, (int) (4 + offset + 32), (int) length, StandardCharsets.UTF_8);
        }
        if (selector == PANIC_SELECTOR) {
            BigInteger code = new BigInteger(1, java.util.Arrays.copyOfRange(data, 4, 36));
            String reason = code.bitLength() < 16 ? panic(code.intValue()) : null;
            return reason != null ? reason : "unknown panic code: 0x" + code.toString(16);
        }
        return null;
    }

    private static String panic(int code) {
        return switch (code) {
            case 0x00 -> "generic panic";
            case 0x01 -> "assert(false)";
            case 0x11 -> "arithmetic underflow or overflow";
            case 0x12 -> "division or modulo by zero";
            case 0x21 -> "enum overflow";
            case 0x22 -> "invalid encoded storage byte array accessed";
            case 0x31 -> "out-of-bounds array access; popping on an empty array";
            case 0x32 -> "out-of-bounds access of an array or bytesN";
            case 0x41 -> "out of memory";
            case 0x51 -> "uninitialized function";
            default -> null;
        };
    }

    /** A 32-byte big-endian word at {@code at} if it fits in 31 bits, else -1. */
    private static long smallWord(byte[] data, int at) {
        if (at < 0 || at + 32 > data.length) return -1;
        for (int i = at; i < at + 28; i++) if (data[i] != 0) return -1;
        long v = 0;
        for (int i = at + 28; i < at + 32; i++) v = v << 8 | (data[i] & 0xff);
        return v > Integer.MAX_VALUE ? -1 : v;
    }
}
