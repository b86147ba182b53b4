package org.nos.evm.interpreter;

import org.nos.evm.Word;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;

/** Conversions between stack words (four longs, least significant first) and bytes, addresses and hashes. */
final class Words {
    private Words() {}

    /**
     * The word as a non-negative long, or {@link Long#MAX_VALUE} when it is larger. Kept within C2's 35 bytes of
     * always-inlined code: the interpreter's loop calls it for every MLOAD, MSTORE and jump.
     */
    static long clampedLong(long[] s, int at) {
        long low = s[at];
        return (highLimbs(s, at) | low >>> 63) == 0 ? low : Long.MAX_VALUE;
    }

    /** The word's three upper limbs or'ed: zero when it fits in 64 bits. */
    private static long highLimbs(long[] s, int at) {
        return s[at + 1] | s[at + 2] | s[at + 3];
    }

    static void putAddress(long[] s, int at, Address a) {
        putBytes20(s, at, a.unsafeArray());
    }

    private static void putBytes20(long[] s, int at, byte[] b) {
        s[at] = Memory.readLong(b, 12);
        s[at + 1] = Memory.readLong(b, 4);
        s[at + 2] = ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
        s[at + 3] = 0;
    }

    static Address toAddress(long[] s, int at) {
        byte[] b = new byte[20];
        Memory.writeLong(b, 12, s[at]);
        Memory.writeLong(b, 4, s[at + 1]);
        long top = s[at + 2];
        b[0] = (byte) (top >>> 24);
        b[1] = (byte) (top >>> 16);
        b[2] = (byte) (top >>> 8);
        b[3] = (byte) top;
        return Address.of(b);
    }

    static void putWord(long[] s, int at, Word w) {
        s[at] = w.w0;
        s[at + 1] = w.w1;
        s[at + 2] = w.w2;
        s[at + 3] = w.w3;
    }

    static void putHash(long[] s, int at, Hash h) {
        putBytes32(s, at, h.unsafeArray(), 0);
    }

    static void putBytes32(long[] s, int at, byte[] b, int off) {
        s[at + 3] = Memory.readLong(b, off);
        s[at + 2] = Memory.readLong(b, off + 8);
        s[at + 1] = Memory.readLong(b, off + 16);
        s[at] = Memory.readLong(b, off + 24);
    }

    static void toBytes32(long[] s, int at, byte[] out, int off) {
        Memory.writeLong(out, off, s[at + 3]);
        Memory.writeLong(out, off + 8, s[at + 2]);
        Memory.writeLong(out, off + 16, s[at + 1]);
        Memory.writeLong(out, off + 24, s[at]);
    }

    /**
     * Pushes {@code n} big-endian bytes of code at {@code start} (the code is zero-padded past its end, so the
     * 8-byte reads below never leave the array): whole limbs are single reads from the end, the top limb one shifted
     * read from the start. Straight-line for each size class, as PUSH4 selectors and PUSH32 constants are common.
     */
    static void putPush(long[] s, int at, byte[] code, int start, int n) {
        long head = Memory.readLong(code, start) >>> (56 - 8 * ((n - 1) & 7)); // the top limb's 1 to 8 bytes
        if (n <= 8) {
            s[at] = head;
            s[at + 1] = 0;
            s[at + 2] = 0;
            s[at + 3] = 0;
            return;
        }
        int end = start + n;
        s[at] = Memory.readLong(code, end - 8);
        if (n <= 16) {
            s[at + 1] = head;
            s[at + 2] = 0;
            s[at + 3] = 0;
        } else if (n <= 24) {
            s[at + 1] = Memory.readLong(code, end - 16);
            s[at + 2] = head;
            s[at + 3] = 0;
        } else {
            s[at + 1] = Memory.readLong(code, end - 16);
            s[at + 2] = Memory.readLong(code, end - 24);
            s[at + 3] = head;
        }
    }
}
