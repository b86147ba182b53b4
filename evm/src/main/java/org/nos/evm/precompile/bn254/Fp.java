package org.nos.evm.precompile.bn254;

import java.math.BigInteger;

/**
 * An element of the bn254 base field F_p, held in Montgomery form (R = 2^256) as four little-endian 64-bit limbs.
 * Immutable.
 */
public final class Fp implements FieldElement<Fp> {
    public static final BigInteger MODULUS =
            new BigInteger("21888242871839275222246405745257275088696311157297823662689037894645226208583");

    private static final long P0 = MODULUS.longValue();
    private static final long P1 = MODULUS.shiftRight(64).longValue();
    private static final long P2 = MODULUS.shiftRight(128).longValue();
    private static final long P3 = MODULUS.shiftRight(192).longValue();
    /** -p^-1 mod 2^64. */
    private static final long INV = BigInteger.ONE.shiftLeft(64)
            .subtract(MODULUS.modInverse(BigInteger.ONE.shiftLeft(64))).longValue();
    private static final BigInteger R = BigInteger.ONE.shiftLeft(256).mod(MODULUS);
    private static final Fp R2 = raw(R.multiply(R).mod(MODULUS));
    private static final Fp RAW_ONE = new Fp(1, 0, 0, 0);

    public static final Fp ZERO = new Fp(0, 0, 0, 0);
    public static final Fp ONE = raw(R);

    private final long l0;
    private final long l1;
    private final long l2;
    private final long l3;

    private Fp(long l0, long l1, long l2, long l3) {
        this.l0 = l0;
        this.l1 = l1;
        this.l2 = l2;
        this.l3 = l3;
    }

    /** The element {@code value mod p}. */
    public static Fp of(BigInteger value) {
        return raw(value.mod(MODULUS)).mul(R2);
    }

    public static Fp of(long value) {
        return of(BigInteger.valueOf(value));
    }

    /** Decodes a 32-byte big-endian integer at {@code offset}; null when it is not below p. */
    public static Fp decode(byte[] in, int offset) {
        long v3 = word(in, offset);
        long v2 = word(in, offset + 8);
        long v1 = word(in, offset + 16);
        long v0 = word(in, offset + 24);
        if (!lessThanP(v0, v1, v2, v3)) return null;
        return new Fp(v0, v1, v2, v3).mul(R2);
    }

    /** Writes the canonical value as 32 big-endian bytes at {@code offset}. */
    public void encode(byte[] out, int offset) {
        Fp v = mul(RAW_ONE);
        putWord(out, offset, v.l3);
        putWord(out, offset + 8, v.l2);
        putWord(out, offset + 16, v.l1);
        putWord(out, offset + 24, v.l0);
    }

    public BigInteger toBigInteger() {
        byte[] b = new byte[32];
        encode(b, 0);
        return new BigInteger(1, b);
    }

    @Override
    public boolean isZero() {
        return (l0 | l1 | l2 | l3) == 0;
    }

    @Override
    public Fp add(Fp o) {
        // p < 2^254, so the sum never overflows 256 bits
        long r0 = l0 + o.l0;
        long c = ult(r0, l0);
        long s1 = l1 + o.l1;
        long r1 = s1 + c;
        c = ult(s1, l1) + ult(r1, s1);
        long s2 = l2 + o.l2;
        long r2 = s2 + c;
        c = ult(s2, l2) + ult(r2, s2);
        long r3 = l3 + o.l3 + c;
        return reduceOnce(r0, r1, r2, r3);
    }

    @Override
    public Fp sub(Fp o) {
        long r0 = l0 - o.l0;
        long b = ult(l0, o.l0);
        long d1 = l1 - o.l1;
        long r1 = d1 - b;
        b = ult(l1, o.l1) + ult(d1, b);
        long d2 = l2 - o.l2;
        long r2 = d2 - b;
        b = ult(l2, o.l2) + ult(d2, b);
        long d3 = l3 - o.l3;
        long r3 = d3 - b;
        b = ult(l3, o.l3) + ult(d3, b);
        if (b == 0) return new Fp(r0, r1, r2, r3);
        // add p back
        long s0 = r0 + P0;
        long c = ult(s0, r0);
        long t1 = r1 + P1;
        long s1 = t1 + c;
        c = ult(t1, r1) + ult(s1, t1);
        long t2 = r2 + P2;
        long s2 = t2 + c;
        c = ult(t2, r2) + ult(s2, t2);
        return new Fp(s0, s1, s2, r3 + P3 + c);
    }

    @Override
    public Fp neg() {
        return isZero() ? this : ZERO.sub(this);
    }

    @Override
    public Fp dbl() {
        return add(this);
    }

    @Override
    public Fp square() {
        return mul(this);
    }

    /** Montgomery multiplication (CIOS), this·o·2^-256 mod p. */
    @Override
    public Fp mul(Fp o) {
        long t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0;
        long b, lo, hi, c, m;
        // round 0: t += a·b0; then t = (t + m·p) / 2^64
        b = o.l0;
        lo = l0 * b; hi = mulHigh(l0, b);
        t0 += lo; c = hi + ult(t0, lo);
        lo = l1 * b; hi = mulHigh(l1, b);
        lo += c; hi += ult(lo, c);
        t1 += lo; c = hi + ult(t1, lo);
        lo = l2 * b; hi = mulHigh(l2, b);
        lo += c; hi += ult(lo, c);
        t2 += lo; c = hi + ult(t2, lo);
        lo = l3 * b; hi = mulHigh(l3, b);
        lo += c; hi += ult(lo, c);
        t3 += lo; c = hi + ult(t3, lo);
        t4 += c;
        m = t0 * INV;
        lo = m * P0; hi = mulHigh(m, P0);
        lo += t0; c = hi + ult(lo, t0);
        lo = m * P1; hi = mulHigh(m, P1);
        lo += c; hi += ult(lo, c);
        t0 = t1 + lo; c = hi + ult(t0, lo);
        lo = m * P2; hi = mulHigh(m, P2);
        lo += c; hi += ult(lo, c);
        t1 = t2 + lo; c = hi + ult(t1, lo);
        lo = m * P3; hi = mulHigh(m, P3);
        lo += c; hi += ult(lo, c);
        t2 = t3 + lo; c = hi + ult(t2, lo);
        t3 = t4 + c;
        t4 = 0;
        // round 1: t += a·b1; then t = (t + m·p) / 2^64
        b = o.l1;
        lo = l0 * b; hi = mulHigh(l0, b);
        t0 += lo; c = hi + ult(t0, lo);
        lo = l1 * b; hi = mulHigh(l1, b);
        lo += c; hi += ult(lo, c);
        t1 += lo; c = hi + ult(t1, lo);
        lo = l2 * b; hi = mulHigh(l2, b);
        lo += c; hi += ult(lo, c);
        t2 += lo; c = hi + ult(t2, lo);
        lo = l3 * b; hi = mulHigh(l3, b);
        lo += c; hi += ult(lo, c);
        t3 += lo; c = hi + ult(t3, lo);
        t4 += c;
        m = t0 * INV;
        lo = m * P0; hi = mulHigh(m, P0);
        lo += t0; c = hi + ult(lo, t0);
        lo = m * P1; hi = mulHigh(m, P1);
        lo += c; hi += ult(lo, c);
        t0 = t1 + lo; c = hi + ult(t0, lo);
        lo = m * P2; hi = mulHigh(m, P2);
        lo += c; hi += ult(lo, c);
        t1 = t2 + lo; c = hi + ult(t1, lo);
        lo = m * P3; hi = mulHigh(m, P3);
        lo += c; hi += ult(lo, c);
        t2 = t3 + lo; c = hi + ult(t2, lo);
        t3 = t4 + c;
        t4 = 0;
        // round 2: t += a·b2; then t = (t + m·p) / 2^64
        b = o.l2;
        lo = l0 * b; hi = mulHigh(l0, b);
        t0 += lo; c = hi + ult(t0, lo);
        lo = l1 * b; hi = mulHigh(l1, b);
        lo += c; hi += ult(lo, c);
        t1 += lo; c = hi + ult(t1, lo);
        lo = l2 * b; hi = mulHigh(l2, b);
        lo += c; hi += ult(lo, c);
        t2 += lo; c = hi + ult(t2, lo);
        lo = l3 * b; hi = mulHigh(l3, b);
        lo += c; hi += ult(lo, c);
        t3 += lo; c = hi + ult(t3, lo);
        t4 += c;
        m = t0 * INV;
        lo = m * P0; hi = mulHigh(m, P0);
        lo += t0; c = hi + ult(lo, t0);
        lo = m * P1; hi = mulHigh(m, P1);
        lo += c; hi += ult(lo, c);
        t0 = t1 + lo; c = hi + ult(t0, lo);
        lo = m * P2; hi = mulHigh(m, P2);
        lo += c; hi += ult(lo, c);
        t1 = t2 + lo; c = hi + ult(t1, lo);
        lo = m * P3; hi = mulHigh(m, P3);
        lo += c; hi += ult(lo, c);
        t2 = t3 + lo; c = hi + ult(t2, lo);
        t3 = t4 + c;
        t4 = 0;
        // round 3: t += a·b3; then t = (t + m·p) / 2^64
        b = o.l3;
        lo = l0 * b; hi = mulHigh(l0, b);
        t0 += lo; c = hi + ult(t0, lo);
        lo = l1 * b; hi = mulHigh(l1, b);
        lo += c; hi += ult(lo, c);
        t1 += lo; c = hi + ult(t1, lo);
        lo = l2 * b; hi = mulHigh(l2, b);
        lo += c; hi += ult(lo, c);
        t2 += lo; c = hi + ult(t2, lo);
        lo = l3 * b; hi = mulHigh(l3, b);
        lo += c; hi += ult(lo, c);
        t3 += lo; c = hi + ult(t3, lo);
        t4 += c;
        m = t0 * INV;
        lo = m * P0; hi = mulHigh(m, P0);
        lo += t0; c = hi + ult(lo, t0);
        lo = m * P1; hi = mulHigh(m, P1);
        lo += c; hi += ult(lo, c);
        t0 = t1 + lo; c = hi + ult(t0, lo);
        lo = m * P2; hi = mulHigh(m, P2);
        lo += c; hi += ult(lo, c);
        t1 = t2 + lo; c = hi + ult(t1, lo);
        lo = m * P3; hi = mulHigh(m, P3);
        lo += c; hi += ult(lo, c);
        t2 = t3 + lo; c = hi + ult(t2, lo);
        t3 = t4 + c;
        t4 = 0;
        return reduceOnce(t0, t1, t2, t3);
    }

    /** The inverse; zero for zero. */
    @Override
    public Fp inverse() {
        if (isZero()) return this;
        return of(toBigInteger().modInverse(MODULUS));
    }

    public Fp pow(BigInteger e) {
        Fp result = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            result = result.square();
            if (e.testBit(i)) result = result.mul(this);
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp f && l0 == f.l0 && l1 == f.l1 && l2 == f.l2 && l3 == f.l3;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(l0 ^ l1 ^ l2 ^ l3);
    }

    @Override
    public String toString() {
        return toBigInteger().toString();
    }

    /** A value below p taken as it is (already in Montgomery form, or to be converted by the caller). */
    private static Fp raw(BigInteger v) {
        return new Fp(v.longValue(), v.shiftRight(64).longValue(), v.shiftRight(128).longValue(),
                v.shiftRight(192).longValue());
    }

    /** Subtracts p from a value below 2p. */
    private static Fp reduceOnce(long r0, long r1, long r2, long r3) {
        if (lessThanP(r0, r1, r2, r3)) return new Fp(r0, r1, r2, r3);
        long s0 = r0 - P0;
        long b = ult(r0, P0);
        long d1 = r1 - P1;
        long s1 = d1 - b;
        b = ult(r1, P1) + ult(d1, b);
        long d2 = r2 - P2;
        long s2 = d2 - b;
        b = ult(r2, P2) + ult(d2, b);
        return new Fp(s0, s1, s2, r3 - P3 - b);
    }

    private static boolean lessThanP(long v0, long v1, long v2, long v3) {
        if (v3 != P3) return Long.compareUnsigned(v3, P3) < 0;
        if (v2 != P2) return Long.compareUnsigned(v2, P2) < 0;
        if (v1 != P1) return Long.compareUnsigned(v1, P1) < 0;
        return Long.compareUnsigned(v0, P0) < 0;
    }

    /** 1 when x < y as unsigned 64-bit integers, else 0. */
    private static long ult(long x, long y) {
        return Long.compareUnsigned(x, y) < 0 ? 1 : 0;
    }

    /** The high 64 bits of the unsigned 128-bit product. */
    private static long mulHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    private static long word(byte[] in, int offset) {
        long x = 0;
        for (int i = 0; i < 8; i++) x = (x << 8) | (in[offset + i] & 0xff);
        return x;
    }

    private static void putWord(byte[] out, int offset, long x) {
        for (int i = 7; i >= 0; i--) {
            out[offset + i] = (byte) x;
            x >>>= 8;
        }
    }
}
