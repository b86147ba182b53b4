package org.nos.evm.interpreter;

/**
 * 256-bit arithmetic on words stored as four longs (least significant first) inside {@code long[]} arrays. Binary
 * operations read the operands at {@code a} (the top of the stack) and {@code b} and write the result over {@code b}.
 * An instance owns the scratch space division needs, so no operation allocates.
 */
final class Arithmetic {
    private static final long M32 = 0xffffffffL;

    private final int[] un = new int[17];
    private final int[] vn = new int[8];
    private final int[] q = new int[17];
    private final int[] digitsU = new int[16];
    private final int[] digitsV = new int[8];
    private final long[] wide = new long[8];
    private final long[] tmp = new long[12];

    static void add(long[] s, int a, int b) {
        long a0 = s[a], a1 = s[a + 1], a2 = s[a + 2], a3 = s[a + 3];
        long b0 = s[b], b1 = s[b + 1], b2 = s[b + 2], b3 = s[b + 3];
        long r0 = a0 + b0;
        long c = ((a0 & b0) | ((a0 | b0) & ~r0)) >>> 63;
        long r1 = a1 + b1 + c;
        c = ((a1 & b1) | ((a1 | b1) & ~r1)) >>> 63;
        long r2 = a2 + b2 + c;
        c = ((a2 & b2) | ((a2 | b2) & ~r2)) >>> 63;
        s[b] = r0;
        s[b + 1] = r1;
        s[b + 2] = r2;
        s[b + 3] = a3 + b3 + c;
    }

    /** b := a - b. */
    static void sub(long[] s, int a, int b) {
        long a0 = s[a], a1 = s[a + 1], a2 = s[a + 2], a3 = s[a + 3];
        long b0 = s[b], b1 = s[b + 1], b2 = s[b + 2], b3 = s[b + 3];
        long r0 = a0 - b0;
        long w = ((~a0 & b0) | (~(a0 ^ b0) & r0)) >>> 63;
        long r1 = a1 - b1 - w;
        w = ((~a1 & b1) | (~(a1 ^ b1) & r1)) >>> 63;
        long r2 = a2 - b2 - w;
        w = ((~a2 & b2) | (~(a2 ^ b2) & r2)) >>> 63;
        s[b] = r0;
        s[b + 1] = r1;
        s[b + 2] = r2;
        s[b + 3] = a3 - b3 - w;
    }

    static long umulh(long x, long y) {
        return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
    }

    /** out := x * y mod 2^256; out may alias x or y. */
    static void mul(long[] x, int xi, long[] y, int yi, long[] out, int oi) {
        long a0 = x[xi], a1 = x[xi + 1], a2 = x[xi + 2], a3 = x[xi + 3];
        long b0 = y[yi], b1 = y[yi + 1], b2 = y[yi + 2], b3 = y[yi + 3];
        long r0 = a0 * b0;
        long c1 = umulh(a0, b0);
        long lo = a0 * b1;
        long r1 = c1 + lo;
        long c2 = umulh(a0, b1) + (Long.compareUnsigned(r1, lo) < 0 ? 1 : 0);
        lo = a1 * b0;
        r1 += lo;
        long h = umulh(a1, b0) + (Long.compareUnsigned(r1, lo) < 0 ? 1 : 0);
        long r2 = c2 + h;
        long c3 = Long.compareUnsigned(r2, h) < 0 ? 1 : 0;
        lo = a0 * b2;
        r2 += lo;
        c3 += umulh(a0, b2) + (Long.compareUnsigned(r2, lo) < 0 ? 1 : 0);
        lo = a1 * b1;
        r2 += lo;
        c3 += umulh(a1, b1) + (Long.compareUnsigned(r2, lo) < 0 ? 1 : 0);
        lo = a2 * b0;
        r2 += lo;
        c3 += umulh(a2, b0) + (Long.compareUnsigned(r2, lo) < 0 ? 1 : 0);
        out[oi] = r0;
        out[oi + 1] = r1;
        out[oi + 2] = r2;
        out[oi + 3] = c3 + a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0;
    }

    /** The full 512-bit product of two words into {@code out[0..8)}. */
    static void mulWide(long[] x, int xi, long[] y, int yi, long[] out) {
        for (int i = 0; i < 8; i++) out[i] = 0;
        for (int i = 0; i < 4; i++) {
            long carry = 0;
            long xv = x[xi + i];
            if (xv == 0) continue;
            for (int j = 0; j < 4; j++) {
                long yv = y[yi + j];
                long lo = xv * yv;
                long hi = umulh(xv, yv);
                long t = out[i + j] + lo;
                hi += Long.compareUnsigned(t, lo) < 0 ? 1 : 0;
                long t2 = t + carry;
                hi += Long.compareUnsigned(t2, t) < 0 ? 1 : 0;
                out[i + j] = t2;
                carry = hi;
            }
            out[i + 4] = carry;
        }
    }

    static boolean isZero(long[] s, int a) {
        return (s[a] | s[a + 1] | s[a + 2] | s[a + 3]) == 0;
    }

    static int compareUnsigned(long[] s, int a, int b) {
        int c = Long.compareUnsigned(s[a + 3], s[b + 3]);
        if (c != 0) return c;
        c = Long.compareUnsigned(s[a + 2], s[b + 2]);
        if (c != 0) return c;
        c = Long.compareUnsigned(s[a + 1], s[b + 1]);
        if (c != 0) return c;
        return Long.compareUnsigned(s[a], s[b]);
    }

    static int compareSigned(long[] s, int a, int b) {
        int c = Long.compare(s[a + 3], s[b + 3]);
        if (c != 0) return c;
        c = Long.compareUnsigned(s[a + 2], s[b + 2]);
        if (c != 0) return c;
        c = Long.compareUnsigned(s[a + 1], s[b + 1]);
        if (c != 0) return c;
        return Long.compareUnsigned(s[a], s[b]);
    }

    static void set(long[] s, int at, long v) {
        s[at] = v;
        s[at + 1] = 0;
        s[at + 2] = 0;
        s[at + 3] = 0;
    }

    static void negate(long[] s, int a) {
        long r0 = ~s[a] + 1;
        long c = r0 == 0 ? 1 : 0;
        long r1 = ~s[a + 1] + c;
        c = (c == 1 && r1 == 0) ? 1 : 0;
        long r2 = ~s[a + 2] + c;
        c = (c == 1 && r2 == 0) ? 1 : 0;
        s[a] = r0;
        s[a + 1] = r1;
        s[a + 2] = r2;
        s[a + 3] = ~s[a + 3] + c;
    }

    /** b := a / b (unsigned; 0 when b is 0). */
    void div(long[] s, int a, int b) {
        divMod(s, a, b, true);
    }

    /** b := a mod b (unsigned; 0 when b is 0). */
    void mod(long[] s, int a, int b) {
        divMod(s, a, b, false);
    }

    void sdiv(long[] s, int a, int b) {
        boolean negA = s[a + 3] < 0;
        boolean negB = s[b + 3] < 0;
        if (negA) negate(s, a);
        if (negB) negate(s, b);
        divMod(s, a, b, true);
        if (negA != negB) negate(s, b);
    }

    void smod(long[] s, int a, int b) {
        boolean negA = s[a + 3] < 0;
        if (negA) negate(s, a);
        if (s[b + 3] < 0) negate(s, b);
        divMod(s, a, b, false);
        if (negA) negate(s, b);
    }

    private void divMod(long[] s, int a, int b, boolean quotient) {
        if (isZero(s, b)) {
            return;
        }
        if ((s[a + 1] | s[a + 2] | s[a + 3] | s[b + 1] | s[b + 2] | s[b + 3]) == 0) {
            long r = quotient ? Long.divideUnsigned(s[a], s[b]) : Long.remainderUnsigned(s[a], s[b]);
            set(s, b, r);
            return;
        }
        int cmp = compareUnsigned(s, a, b);
        if (cmp < 0) {
            if (quotient) set(s, b, 0);
            else System.arraycopy(s, a, s, b, 4);
            return;
        }
        if (cmp == 0) {
            set(s, b, quotient ? 1 : 0);
            return;
        }
        int m = toDigits(s, a, 4, digitsU);
        int n = toDigits(s, b, 4, digitsV);
        divide(digitsU, m, digitsV, n);
        if (quotient) fromDigits(q, m - n + 1, s, b);
        else fromDigits(un, n, s, b);
    }

    /** r := (x + y) mod m for the three words at a (x), b (y), c (m), result at c. */
    void addMod(long[] s, int a, int b, int c) {
        if (isZero(s, c)) {
            return;
        }
        long a0 = s[a], a1 = s[a + 1], a2 = s[a + 2], a3 = s[a + 3];
        long b0 = s[b], b1 = s[b + 1], b2 = s[b + 2], b3 = s[b + 3];
        long r0 = a0 + b0;
        long k = ((a0 & b0) | ((a0 | b0) & ~r0)) >>> 63;
        long r1 = a1 + b1 + k;
        k = ((a1 & b1) | ((a1 | b1) & ~r1)) >>> 63;
        long r2 = a2 + b2 + k;
        k = ((a2 & b2) | ((a2 | b2) & ~r2)) >>> 63;
        long r3 = a3 + b3 + k;
        k = ((a3 & b3) | ((a3 | b3) & ~r3)) >>> 63;
        wide[0] = r0;
        wide[1] = r1;
        wide[2] = r2;
        wide[3] = r3;
        wide[4] = k;
        reduceWide(5, s, c);
    }

    /** r := (x * y) mod m for the three words at a (x), b (y), c (m), result at c. */
    void mulMod(long[] s, int a, int b, int c) {
        if (isZero(s, c)) {
            return;
        }
        mulWide(s, a, s, b, wide);
        reduceWide(8, s, c);
    }

    /** s[c] := wide[0..limbs) mod s[c]. */
    private void reduceWide(int limbs, long[] s, int c) {
        int m = 0;
        for (int i = 0; i < limbs; i++) {
            digitsU[2 * i] = (int) wide[i];
            digitsU[2 * i + 1] = (int) (wide[i] >>> 32);
        }
        m = 2 * limbs;
        while (m > 0 && digitsU[m - 1] == 0) m--;
        int n = toDigits(s, c, 4, digitsV);
        if (m < n) {
            fromDigits(digitsU, m, s, c);
            return;
        }
        if (m <= 2 && n <= 2) {
            long u = (digitsU[0] & M32) | (m > 1 ? (long) digitsU[1] << 32 : 0);
            long v = (digitsV[0] & M32) | (n > 1 ? (long) digitsV[1] << 32 : 0);
            set(s, c, Long.remainderUnsigned(u, v));
            return;
        }
        divide(digitsU, m, digitsV, n);
        fromDigits(un, n, s, c);
    }

    private static int toDigits(long[] s, int a, int limbs, int[] out) {
        for (int i = 0; i < limbs; i++) {
            out[2 * i] = (int) s[a + i];
            out[2 * i + 1] = (int) (s[a + i] >>> 32);
        }
        int n = 2 * limbs;
        while (n > 0 && out[n - 1] == 0) n--;
        return n;
    }

    private static void fromDigits(int[] d, int len, long[] s, int at) {
        for (int i = 0; i < 4; i++) {
            long lo = 2 * i < len ? d[2 * i] & M32 : 0;
            long hi = 2 * i + 1 < len ? d[2 * i + 1] & M32 : 0;
            s[at + i] = lo | (hi << 32);
        }
    }

    /**
     * Knuth's algorithm D: divides u (m digits) by v (n digits, v[n-1] != 0, m >= n). The quotient lands in
     * {@code q[0..m-n]}, the remainder in {@code un[0..n)}.
     */
    private void divide(int[] u, int m, int[] v, int n) {
        for (int i = 0; i <= m - n; i++) q[i] = 0;
        if (n == 1) {
            long d = v[0] & M32;
            long k = 0;
            for (int j = m - 1; j >= 0; j--) {
                long num = (k << 32) | (u[j] & M32);
                q[j] = (int) Long.divideUnsigned(num, d);
                k = Long.remainderUnsigned(num, d);
            }
            un[0] = (int) k;
            for (int i = 1; i < 17; i++) un[i] = 0;
            return;
        }
        int sh = Integer.numberOfLeadingZeros(v[n - 1]);
        if (sh == 0) {
            System.arraycopy(v, 0, vn, 0, n);
            System.arraycopy(u, 0, un, 0, m);
            un[m] = 0;
        } else {
            for (int i = n - 1; i > 0; i--) vn[i] = (v[i] << sh) | (v[i - 1] >>> (32 - sh));
            vn[0] = v[0] << sh;
            un[m] = u[m - 1] >>> (32 - sh);
            for (int i = m - 1; i > 0; i--) un[i] = (u[i] << sh) | (u[i - 1] >>> (32 - sh));
            un[0] = u[0] << sh;
        }
        long vTop = vn[n - 1] & M32;
        long vNext = vn[n - 2] & M32;
        for (int j = m - n; j >= 0; j--) {
            long num = ((un[j + n] & M32) << 32) | (un[j + n - 1] & M32);
            long qhat = Long.divideUnsigned(num, vTop);
            long rhat = Long.remainderUnsigned(num, vTop);
            while (qhat > M32 || Long.compareUnsigned(qhat * vNext, (rhat << 32) | (un[j + n - 2] & M32)) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat > M32) break;
            }
            long k = 0;
            long t;
            for (int i = 0; i < n; i++) {
                long p = qhat * (vn[i] & M32);
                t = (un[i + j] & M32) - k - (p & M32);
                un[i + j] = (int) t;
                k = (p >>> 32) - (t >> 32);
            }
            t = (un[j + n] & M32) - k;
            un[j + n] = (int) t;
            q[j] = (int) qhat;
            if (t < 0) {
                q[j]--;
                k = 0;
                for (int i = 0; i < n; i++) {
                    t = (un[i + j] & M32) + (vn[i] & M32) + k;
                    un[i + j] = (int) t;
                    k = t >>> 32;
                }
                un[j + n] += (int) k;
            }
        }
        if (sh != 0) {
            for (int i = 0; i < n - 1; i++) un[i] = (un[i] >>> sh) | (un[i + 1] << (32 - sh));
            un[n - 1] = un[n - 1] >>> sh;
        }
    }

    /** b := a ** b mod 2^256. */
    void exp(long[] s, int a, int b) {
        long[] t = tmp;
        System.arraycopy(s, a, t, 0, 4); // base
        t[4] = 1;
        t[5] = 0;
        t[6] = 0;
        t[7] = 0; // result
        int bits = bitLength(s, b);
        for (int i = bits - 1; i >= 0; i--) {
            mul(t, 4, t, 4, t, 4);
            if (((s[b + (i >>> 6)] >>> (i & 63)) & 1) != 0) {
                mul(t, 4, t, 0, t, 4);
            }
        }
        System.arraycopy(t, 4, s, b, 4);
    }

    static int bitLength(long[] s, int a) {
        for (int i = 3; i >= 0; i--) {
            if (s[a + i] != 0) return 64 * i + 64 - Long.numberOfLeadingZeros(s[a + i]);
        }
        return 0;
    }

    static int byteLength(long[] s, int a) {
        return (bitLength(s, a) + 7) >>> 3;
    }

    /** x at b sign-extended from byte index at a (the top). */
    static void signExtend(long[] s, int a, int b) {
        if ((s[a + 1] | s[a + 2] | s[a + 3]) != 0 || Long.compareUnsigned(s[a], 31) >= 0) return;
        int bit = (int) s[a] * 8 + 7;
        int limb = bit >>> 6;
        int within = bit & 63;
        long v = s[b + limb];
        boolean negative = ((v >>> within) & 1) != 0;
        long mask = within == 63 ? -1L : (1L << (within + 1)) - 1;
        s[b + limb] = negative ? (v | ~mask) : (v & mask);
        for (int i = limb + 1; i < 4; i++) s[b + i] = negative ? -1L : 0;
    }

    /** b := the byte of b at index a (0 = most significant). */
    static void byteOp(long[] s, int a, int b) {
        if ((s[a + 1] | s[a + 2] | s[a + 3]) != 0 || Long.compareUnsigned(s[a], 32) >= 0) {
            set(s, b, 0);
            return;
        }
        int idx = 31 - (int) s[a];
        long v = (s[b + (idx >>> 3)] >>> ((idx & 7) * 8)) & 0xff;
        set(s, b, v);
    }

    /** b := b << a. */
    static void shl(long[] s, int a, int b) {
        if ((s[a + 1] | s[a + 2] | s[a + 3]) != 0 || Long.compareUnsigned(s[a], 256) >= 0) {
            set(s, b, 0);
            return;
        }
        int n = (int) s[a];
        int limbs = n >>> 6;
        int bits = n & 63;
        long x0 = s[b], x1 = s[b + 1], x2 = s[b + 2], x3 = s[b + 3];
        for (int i = 3; i >= 0; i--) {
            int from = i - limbs;
            long v = from >= 0 ? limb(x0, x1, x2, x3, from, 0) << bits : 0;
            if (bits != 0 && from - 1 >= 0) v |= limb(x0, x1, x2, x3, from - 1, 0) >>> (64 - bits);
            s[b + i] = v;
        }
    }

    /** b := b >> a (logical, or arithmetic when {@code arithmetic}). */
    static void shr(long[] s, int a, int b, boolean arithmetic) {
        long fill = arithmetic && s[b + 3] < 0 ? -1L : 0;
        if ((s[a + 1] | s[a + 2] | s[a + 3]) != 0 || Long.compareUnsigned(s[a], 256) >= 0) {
            s[b] = fill;
            s[b + 1] = fill;
            s[b + 2] = fill;
            s[b + 3] = fill;
            return;
        }
        int n = (int) s[a];
        int limbs = n >>> 6;
        int bits = n & 63;
        long x0 = s[b], x1 = s[b + 1], x2 = s[b + 2], x3 = s[b + 3];
        for (int i = 0; i < 4; i++) {
            int from = i + limbs;
            long v = fill;
            if (from < 4) {
                v = limb(x0, x1, x2, x3, from, fill) >>> bits;
                if (bits != 0) v |= limb(x0, x1, x2, x3, from + 1, fill) << (64 - bits);
            }
            s[b + i] = v;
        }
    }

    private static long limb(long x0, long x1, long x2, long x3, int i, long fill) {
        switch (i) {
            case 0: return x0;
            case 1: return x1;
            case 2: return x2;
            case 3: return x3;
            default: return fill;
        }
    }
}
