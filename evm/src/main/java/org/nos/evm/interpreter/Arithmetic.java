package org.nos.evm.interpreter;

/**
 * 256-bit arithmetic on words stored as four longs (least significant first) inside {@code long[]} arrays. Binary
 * operations read the operands at {@code a} (the top of the stack) and {@code b} and write the result over {@code b}.
 * An instance owns the scratch space division needs, so no operation allocates.
 */
final class Arithmetic {
    private static final long M32 = 0xffffffffL;

    /** Division scratch, in 64-bit limbs: dividend, normalized dividend (one limb longer), divisor, quotient. */
    private final long[] u = new long[8];
    private final long[] un = new long[9];
    private final long[] v = new long[4];
    private final long[] vn = new long[4];
    private final long[] q = new long[8];
    /** The remainder left by the last {@link #divlu} or {@link #div2by1}; the low limb of {@link #div3by2}'s. */
    private long rem;
    /** The high limb of the remainder left by the last {@link #div3by2}. */
    private long remHi;
    /** The last normalized top divisor limb and its reciprocal (MULMOD and friends reuse one modulus a lot). */
    private long reciprocalOf, reciprocal;
    /** The same for {@link #reciprocal3by2}: the last normalized two-limb divisor and its reciprocal. */
    private long reciprocal3Of1, reciprocal3Of0, reciprocal3;
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

    /**
     * out := x * y mod 2^256; out may alias x or y. Kept under C2's inlining limit for hot methods (325 bytes of
     * bytecode), so the dispatch loop runs MUL without a call.
     */
    static void mul(long[] x, int xi, long[] y, int yi, long[] out, int oi) {
        long a0 = x[xi], a1 = x[xi + 1], a2 = x[xi + 2], a3 = x[xi + 3];
        long b0 = y[yi], b1 = y[yi + 1], b2 = y[yi + 2], b3 = y[yi + 3];
        long lo = a0 * b1;
        long r1 = umulh(a0, b0) + lo;
        long c2 = umulh(a0, b1) + below(r1, lo);
        lo = a1 * b0;
        r1 += lo;
        long h = umulh(a1, b0) + below(r1, lo);
        long r2 = c2 + h;
        long c3 = below(r2, h);
        lo = a0 * b2;
        r2 += lo;
        c3 += umulh(a0, b2) + below(r2, lo);
        lo = a1 * b1;
        r2 += lo;
        c3 += umulh(a1, b1) + below(r2, lo);
        lo = a2 * b0;
        r2 += lo;
        c3 += umulh(a2, b0) + below(r2, lo);
        out[oi] = a0 * b0;
        out[oi + 1] = r1;
        out[oi + 2] = r2;
        out[oi + 3] = c3 + a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0;
    }

    /**
     * 1 when {@code x < y} unsigned, else 0: the carry out of an addition that gave {@code x} from an addend
     * {@code y}, or the borrow out of {@code x - y}.
     */
    private static long below(long x, long y) {
        return Long.compareUnsigned(x, y) < 0 ? 1 : 0;
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

    /**
     * Tests a two-limb divisor first, the moduli of 65 to 128 bits that hashing and fixed-point code reduce by, so
     * that they take the fewest branches: once C2 has seen every other shape of divisor too, a MOD by one took 28 to
     * 37 ns with this test placed after the others and 19 to 21 ns here.
     */
    private void divMod(long[] s, int a, int b, boolean quotient) {
        if ((s[b + 2] | s[b + 3]) == 0 && s[b + 1] != 0 && compareUnsigned(s, a, b) > 0) {
            divByTwoLimbs(s, a, b, quotient);
            return;
        }
        if (isZero(s, b)) {
            return;
        }
        if (Long.bitCount(s[b]) + Long.bitCount(s[b + 1]) + Long.bitCount(s[b + 2]) + Long.bitCount(s[b + 3]) == 1) {
            divPowerOfTwo(s, a, b, bitLength(s, b) - 1, quotient); // Solidity's shifts by DIV and MUL
            return;
        }
        if ((s[b + 1] | s[b + 2] | s[b + 3]) == 0) {
            long d = s[b];
            if ((s[a + 1] | s[a + 2] | s[a + 3]) == 0) {
                long q = Long.divideUnsigned(s[a], d);
                set(s, b, quotient ? q : s[a] - q * d);
                return;
            }
            divByLimb(s, a, b, d, quotient);
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
        int m = toLimbs(s, a, u);
        int n = toLimbs(s, b, v);
        divide(m, n);
        if (quotient) fromLimbs(q, m - n + 1, s, b);
        else fromLimbs(un, n, s, b);
    }

    /** b := a >> k (quotient) or a & (2^k - 1) (remainder): division by the power of two 2^k at b. */
    private static void divPowerOfTwo(long[] s, int a, int b, int k, boolean quotient) {
        if (quotient) {
            set(s, b, k);
            shr(s, b, a, false);
            System.arraycopy(s, a, s, b, 4);
            return;
        }
        for (int i = 0; i < 4; i++) {
            int bits = k - 64 * i; // the low bits of this limb that are kept
            s[b + i] = s[a + i] & (bits >= 64 ? -1L : bits <= 0 ? 0 : (1L << bits) - 1);
        }
    }

    /**
     * b := a / d or a mod d for a divisor of one limb: schoolbook division over a's 64-bit limbs (from its top
     * non-zero one), each step one multiplication by d's reciprocal instead of a hardware division.
     */
    private void divByLimb(long[] s, int a, int b, long d, boolean quotient) {
        int top = 3;
        while (top > 0 && s[a + top] == 0) top--;
        int sh = Long.numberOfLeadingZeros(d);
        long dn = d << sh;
        long inverse = reciprocal(dn);
        long r = sh == 0 ? 0 : s[a + top] >>> (64 - sh);
        for (int i = top; i >= 0; i--) {
            long limb = s[a + i] << sh;
            if (sh != 0 && i > 0) limb |= s[a + i - 1] >>> (64 - sh);
            long qi = div2by1(r, limb, dn, inverse);
            r = rem;
            if (quotient) s[b + i] = qi; // d is already read, and a != b
        }
        if (!quotient) set(s, b, r >>> sh);
        else for (int i = top + 1; i < 4; i++) s[b + i] = 0;
    }

    /**
     * b := a / d or a mod d for a divisor of two limbs, d = (d1:d0) with d1 != 0: three 3-by-2 divisions over a's
     * normalized limbs (Möller and Granlund, algorithm 5), each a few multiplications, with no correction loop.
     */
    private void divByTwoLimbs(long[] s, int a, int b, boolean quotient) {
        long d1 = s[b + 1], d0 = s[b];
        long a0 = s[a], a1 = s[a + 1], a2 = s[a + 2], a3 = s[a + 3];
        int sh = Long.numberOfLeadingZeros(d1);
        long n4 = 0;
        if (sh != 0) {
            int back = 64 - sh;
            d1 = d1 << sh | d0 >>> back;
            d0 <<= sh;
            n4 = a3 >>> back;
            a3 = a3 << sh | a2 >>> back;
            a2 = a2 << sh | a1 >>> back;
            a1 = a1 << sh | a0 >>> back;
            a0 <<= sh;
        }
        long v = reciprocal3by2(d1, d0);
        long q2;
        if ((n4 | a3) == 0) { // (0:0:a2) < d, whose top bit is set
            q2 = 0;
            remHi = 0;
            rem = a2;
        } else {
            q2 = div3by2(n4, a3, a2, d1, d0, v); // n4 < 2^sh <= d1, so (n4:a3) < d as each step needs
        }
        long q1 = div3by2(remHi, rem, a1, d1, d0, v);
        long q0 = div3by2(remHi, rem, a0, d1, d0, v);
        if (quotient) {
            s[b] = q0;
            s[b + 1] = q1;
            s[b + 2] = q2;
        } else {
            s[b] = sh == 0 ? rem : rem >>> sh | remHi << (64 - sh);
            s[b + 1] = remHi >>> sh;
        }
    }

    /**
     * (u2:u1:u0) / (d1:d0) for a normalized divisor and (u2:u1) < (d1:d0), given {@link #reciprocal3by2}; the
     * two-limb remainder goes to {@link #remHi}:{@link #rem}.
     */
    private long div3by2(long u2, long u1, long u0, long d1, long d0, long v) {
        long qLo = v * u2;
        long qHi = umulh(v, u2);
        qLo += u1;
        qHi += u2 + below(qLo, u1);
        long r1 = u1 - qHi * d1;
        long tLo = d0 * qHi, tHi = umulh(d0, qHi);
        long r0 = u0 - tLo;
        r1 = r1 - tHi - below(u0, tLo);
        long before = r0;
        r0 -= d0;
        r1 = r1 - d1 - below(before, d0);
        qHi++;
        if (Long.compareUnsigned(r1, qLo) >= 0) {
            qHi--;
            r0 += d0;
            r1 += d1 + below(r0, d0);
        }
        if (Long.compareUnsigned(r1, d1) > 0 || r1 == d1 && Long.compareUnsigned(r0, d0) >= 0) {
            qHi++;
            before = r0;
            r0 -= d0;
            r1 = r1 - d1 - below(before, d0);
        }
        remHi = r1;
        rem = r0;
        return qHi;
    }

    /** floor((2^192 - 1) / (d1:d0)) - 2^64 for a normalized two-limb divisor (Möller and Granlund, algorithm 6). */
    private long reciprocal3by2(long d1, long d0) {
        if (d1 == reciprocal3Of1 && d0 == reciprocal3Of0) return reciprocal3;
        return newReciprocal3by2(d1, d0); // rare: out of line, so that the JIT does not inline it with the rest
    }

    private long newReciprocal3by2(long d1, long d0) {
        reciprocal3Of1 = d1;
        reciprocal3Of0 = d0;
        long v = reciprocal(d1);
        long p = d1 * v + d0;
        if (Long.compareUnsigned(p, d0) < 0) {
            v--;
            if (Long.compareUnsigned(p, d1) >= 0) {
                v--;
                p -= d1;
            }
            p -= d1;
        }
        long tLo = v * d0, tHi = umulh(v, d0);
        p += tHi;
        if (Long.compareUnsigned(p, tHi) < 0) {
            v--;
            if (Long.compareUnsigned(p, d1) > 0 || p == d1 && Long.compareUnsigned(tLo, d0) >= 0) v--;
        }
        reciprocal3 = v;
        return v;
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
        int m = limbs;
        while (m > 0 && wide[m - 1] == 0) m--;
        int n = toLimbs(s, c, v);
        if (m < n) {
            fromLimbs(wide, m, s, c);
            return;
        }
        if (m == 1) {
            set(s, c, Long.remainderUnsigned(wide[0], v[0]));
            return;
        }
        System.arraycopy(wide, 0, u, 0, m);
        divide(m, n);
        fromLimbs(un, n, s, c);
    }

    /** Copies the word at {@code a} into {@code out[0..4)}; returns its number of significant limbs. */
    private static int toLimbs(long[] s, int a, long[] out) {
        System.arraycopy(s, a, out, 0, 4);
        int n = 4;
        while (n > 0 && out[n - 1] == 0) n--;
        return n;
    }

    private static void fromLimbs(long[] limbs, int len, long[] s, int at) {
        for (int i = 0; i < 4; i++) s[at + i] = i < len ? limbs[i] : 0;
    }

    /**
     * Knuth's algorithm D on 64-bit limbs: divides {@code u[0..m)} by {@code v[0..n)} ({@code v[n-1] != 0},
     * {@code m >= n}). The quotient lands in {@code q[0..m-n]}, the remainder in {@code un[0..n)}.
     */
    private void divide(int m, int n) {
        int sh = Long.numberOfLeadingZeros(v[n - 1]);
        if (sh == 0) {
            System.arraycopy(v, 0, vn, 0, n);
            System.arraycopy(u, 0, un, 0, m);
            un[m] = 0;
        } else {
            for (int i = n - 1; i > 0; i--) vn[i] = (v[i] << sh) | (v[i - 1] >>> (64 - sh));
            vn[0] = v[0] << sh;
            un[m] = u[m - 1] >>> (64 - sh);
            for (int i = m - 1; i > 0; i--) un[i] = (u[i] << sh) | (u[i - 1] >>> (64 - sh));
            un[0] = u[0] << sh;
        }
        long vTop = vn[n - 1];
        long vNext = n > 1 ? vn[n - 2] : 0;
        long inverse = reciprocal(vTop);
        for (int j = m - n; j >= 0; j--) {
            long u2 = un[j + n], u1 = un[j + n - 1];
            long qhat, rhat;
            boolean rhatFits; // rhat < 2^64, so the estimate may still be one or two too large
            if (u2 == vTop) { // the estimate would not fit a limb: take 2^64 - 1
                qhat = -1L;
                rhat = u1 + vTop;
                rhatFits = Long.compareUnsigned(rhat, u1) >= 0;
            } else {
                qhat = div2by1(u2, u1, vTop, inverse);
                rhat = rem;
                rhatFits = true;
            }
            while (rhatFits && n > 1) {
                long pHi = umulh(qhat, vNext), pLo = qhat * vNext;
                long u0 = un[j + n - 2];
                if (Long.compareUnsigned(pHi, rhat) < 0 || pHi == rhat && Long.compareUnsigned(pLo, u0) <= 0) break;
                qhat--;
                long before = rhat;
                rhat += vTop;
                rhatFits = Long.compareUnsigned(rhat, before) >= 0;
            }
            long k = 0; // un[j..j+n] -= qhat * vn, k the carry/borrow into the next limb
            for (int i = 0; i < n; i++) {
                long pLo = qhat * vn[i];
                long pHi = umulh(qhat, vn[i]);
                pLo += k;
                if (Long.compareUnsigned(pLo, k) < 0) pHi++;
                long x = un[i + j];
                un[i + j] = x - pLo;
                k = pHi + (Long.compareUnsigned(x, pLo) < 0 ? 1 : 0);
            }
            long top = un[j + n];
            un[j + n] = top - k;
            if (Long.compareUnsigned(top, k) < 0) { // qhat was one too large: add the divisor back
                qhat--;
                long c = 0;
                for (int i = 0; i < n; i++) {
                    long x = un[i + j];
                    long t = x + vn[i] + c;
                    c = Long.compareUnsigned(t, x) < 0 || c == 1 && t == x ? 1 : 0;
                    un[i + j] = t;
                }
                un[j + n] += c;
            }
            q[j] = qhat;
        }
        if (sh != 0) {
            for (int i = 0; i < n - 1; i++) un[i] = (un[i] >>> sh) | (un[i + 1] << (64 - sh));
            un[n - 1] = un[n - 1] >>> sh;
        }
    }

    /** floor((2^128 - 1) / d) - 2^64 for a normalized d, cached for the last d. */
    private long reciprocal(long d) {
        if (d != reciprocalOf) {
            reciprocal = divlu(~d, -1L, d);
            reciprocalOf = d;
        }
        return reciprocal;
    }

    /**
     * (hi:lo) / d for a normalized d and hi < d by multiplying with d's reciprocal, no hardware division
     * (Möller and Granlund, "Improved division by invariant integers", algorithm 4); the remainder goes to
     * {@link #rem}.
     */
    private long div2by1(long hi, long lo, long d, long reciprocal) {
        long qLo = reciprocal * hi;
        long qHi = umulh(reciprocal, hi);
        long sum = qLo + lo;
        qHi += hi + 1 + (Long.compareUnsigned(sum, qLo) < 0 ? 1 : 0);
        qLo = sum;
        long r = lo - qHi * d;
        if (Long.compareUnsigned(r, qLo) > 0) {
            qHi--;
            r += d;
        }
        if (Long.compareUnsigned(r, d) >= 0) {
            qHi++;
            r -= d;
        }
        rem = r;
        return qHi;
    }

    /**
     * (hi:lo) / d for a normalized d (top bit set) and hi < d, from two 64/32 steps (Hacker's Delight, divlu);
     * the remainder goes to {@link #rem}.
     */
    private long divlu(long hi, long lo, long d) {
        long d1 = d >>> 32, d0 = d & M32;
        long lo1 = lo >>> 32, lo0 = lo & M32;
        long q1 = Long.divideUnsigned(hi, d1);
        long r = hi - q1 * d1;
        while (q1 > M32 || Long.compareUnsigned(q1 * d0, r << 32 | lo1) > 0) {
            q1--;
            r += d1;
            if (r > M32) break;
        }
        long mid = (hi << 32 | lo1) - q1 * d; // the true value is below d
        long q0 = Long.divideUnsigned(mid, d1);
        r = mid - q0 * d1;
        while (q0 > M32 || Long.compareUnsigned(q0 * d0, r << 32 | lo0) > 0) {
            q0--;
            r += d1;
            if (r > M32) break;
        }
        rem = (mid << 32 | lo0) - q0 * d;
        return q1 << 32 | q0;
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
