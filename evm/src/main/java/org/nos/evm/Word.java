package org.nos.evm;

import java.math.BigInteger;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;

/**
 * An immutable unsigned 256-bit EVM word held as four longs, {@code w0} the least significant. Used where a word
 * must live in a map (storage keys and values, balances); the interpreter itself works on raw {@code long[]} stacks.
 */
public final class Word implements Comparable<Word> {
    public static final Word ZERO = new Word(0, 0, 0, 0);
    public static final Word ONE = new Word(1, 0, 0, 0);
    private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

    public final long w0;
    public final long w1;
    public final long w2;
    public final long w3;

    private Word(long w0, long w1, long w2, long w3) {
        this.w0 = w0;
        this.w1 = w1;
        this.w2 = w2;
        this.w3 = w3;
    }

    public static Word of(long w0, long w1, long w2, long w3) {
        return (w0 | w1 | w2 | w3) == 0 ? ZERO : new Word(w0, w1, w2, w3);
    }

    /** An unsigned long value. */
    public static Word of(long value) {
        return of(value, 0, 0, 0);
    }

    /** The four limbs at {@code base} of a stack array (least significant first). */
    public static Word load(long[] stack, int base) {
        return of(stack[base], stack[base + 1], stack[base + 2], stack[base + 3]);
    }

    public void store(long[] stack, int base) {
        stack[base] = w0;
        stack[base + 1] = w1;
        stack[base + 2] = w2;
        stack[base + 3] = w3;
    }

    /** Big-endian bytes, at most 32, right-aligned (as PUSH and CALLDATALOAD read them). */
    public static Word fromBytes(byte[] b, int off, int len) {
        long[] limbs = new long[4];
        for (int i = 0; i < len; i++) {
            int bitPos = 8 * (len - 1 - i);
            limbs[bitPos >>> 6] |= (b[off + i] & 0xffL) << (bitPos & 63);
        }
        return of(limbs[0], limbs[1], limbs[2], limbs[3]);
    }

    public static Word fromBytes(byte[] b) {
        return fromBytes(b, 0, b.length);
    }

    public static Word fromHash(Hash h) {
        return fromBytes(h.unsafeArray(), 0, 32);
    }

    public static Word fromBigInteger(BigInteger v) {
        if (v.signum() < 0 || v.bitLength() > 256) throw new IllegalArgumentException("not a uint256: " + v);
        return of(v.longValue(), v.shiftRight(64).longValue(), v.shiftRight(128).longValue(), v.shiftRight(192).longValue());
    }

    /** Parses a 0x hex quantity or a decimal string. */
    public static Word parse(String s) {
        if (s.startsWith("0x") || s.startsWith("0X")) {
            String digits = s.substring(2);
            return digits.isEmpty() ? ZERO : fromBigInteger(new BigInteger(digits, 16));
        }
        return fromBigInteger(new BigInteger(s));
    }

    public BigInteger toBigInteger() {
        BigInteger v = BigInteger.ZERO;
        for (long limb : new long[] {w3, w2, w1, w0}) {
            v = v.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(limb)));
        }
        return v;
    }

    public byte[] toBytes() {
        byte[] out = new byte[32];
        toBytes(out, 0);
        return out;
    }

    public void toBytes(byte[] out, int off) {
        putLong(out, off, w3);
        putLong(out, off + 8, w2);
        putLong(out, off + 16, w1);
        putLong(out, off + 24, w0);
    }

    /** The minimal big-endian bytes (empty for zero), as RLP encodes integers. */
    public byte[] toMinimalBytes() {
        byte[] full = toBytes();
        int i = 0;
        while (i < 32 && full[i] == 0) i++;
        byte[] out = new byte[32 - i];
        System.arraycopy(full, i, out, 0, out.length);
        return out;
    }

    public Hash toHash() {
        return Hash.wrap(toBytes());
    }

    public boolean isZero() {
        return (w0 | w1 | w2 | w3) == 0;
    }

    /** True when the value fits in a non-negative long. */
    public boolean fitsLong() {
        return (w1 | w2 | w3) == 0 && w0 >= 0;
    }

    public Word add(Word o) {
        long r0 = w0 + o.w0;
        long c = carry(w0, o.w0, r0);
        long r1 = w1 + o.w1 + c;
        c = carry(w1, o.w1, r1);
        long r2 = w2 + o.w2 + c;
        c = carry(w2, o.w2, r2);
        long r3 = w3 + o.w3 + c;
        return of(r0, r1, r2, r3);
    }

    /** True when {@code this + o} does not fit in 256 bits. */
    public boolean addOverflows(Word o) {
        return add(o).compareTo(this) < 0;
    }

    public Word sub(Word o) {
        long r0 = w0 - o.w0;
        long b = borrow(w0, o.w0, r0);
        long r1 = w1 - o.w1 - b;
        b = borrow(w1, o.w1, r1);
        long r2 = w2 - o.w2 - b;
        b = borrow(w2, o.w2, r2);
        long r3 = w3 - o.w3 - b;
        return of(r0, r1, r2, r3);
    }

    static long carry(long x, long y, long r) {
        return ((x & y) | ((x | y) & ~r)) >>> 63;
    }

    static long borrow(long x, long y, long r) {
        return ((~x & y) | (~(x ^ y) & r)) >>> 63;
    }

    @Override
    public int compareTo(Word o) {
        int c = Long.compareUnsigned(w3, o.w3);
        if (c != 0) return c;
        c = Long.compareUnsigned(w2, o.w2);
        if (c != 0) return c;
        c = Long.compareUnsigned(w1, o.w1);
        if (c != 0) return c;
        return Long.compareUnsigned(w0, o.w0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Word w && w.w0 == w0 && w.w1 == w1 && w.w2 == w2 && w.w3 == w3;
    }

    @Override
    public int hashCode() {
        long h = w0 * 0x9E3779B97F4A7C15L + w1 * 0xC2B2AE3D27D4EB4FL + w2 * 0x165667B19E3779F9L + w3;
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() {
        return Hex.encode(toBytes());
    }

    private static void putLong(byte[] out, int off, long v) {
        for (int i = 7; i >= 0; i--) {
            out[off + i] = (byte) v;
            v >>>= 8;
        }
    }

    static BigInteger modulus() {
        return TWO_256;
    }
}
