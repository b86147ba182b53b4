package org.nos.evm.precompile.bn254;

import java.math.BigInteger;

/** An element {@code c0 + c1·w} of F_p¹² = F_p⁶[w]/(w² - v), the target group's field. Immutable. */
public final class Fp12 {
    public static final Fp12 ONE = new Fp12(Fp6.ONE, Fp6.ZERO);

    /** γ_k = ξ^(k(p-1)/6) for k = 0..5: the p-power Frobenius sends a·w^k to conj(a)·γ_k·w^k. */
    private static final Fp2[] GAMMA = new Fp2[6];

    static {
        BigInteger e = Fp.MODULUS.subtract(BigInteger.ONE).divide(BigInteger.valueOf(6));
        Fp2 g = Fp2.XI.pow(e);
        GAMMA[0] = Fp2.ONE;
        for (int k = 1; k < 6; k++) GAMMA[k] = GAMMA[k - 1].mul(g);
    }

    final Fp6 c0;
    final Fp6 c1;

    public Fp12(Fp6 c0, Fp6 c1) {
        this.c0 = c0;
        this.c1 = c1;
    }

    public boolean isOne() {
        return equals(ONE);
    }

    public Fp12 mul(Fp12 o) {
        Fp6 t0 = c0.mul(o.c0);
        Fp6 t1 = c1.mul(o.c1);
        Fp6 r1 = c0.add(c1).mul(o.c0.add(o.c1)).sub(t0).sub(t1);
        return new Fp12(t0.add(t1.mulByV()), r1);
    }

    /** (c0 + c1 w)² = (c0 + c1)(c0 + v c1) - (1 + v) c0 c1 + 2 c0 c1 w. */
    public Fp12 square() {
        Fp6 ab = c0.mul(c1);
        Fp6 r0 = c0.add(c1).mul(c0.add(c1.mulByV())).sub(ab).sub(ab.mulByV());
        return new Fp12(r0, ab.add(ab));
    }

    /** The p⁶-power Frobenius, which is the inverse on the cyclotomic subgroup. */
    public Fp12 conjugate() {
        return new Fp12(c0, c1.neg());
    }

    public Fp12 inverse() {
        Fp6 t = c0.square().sub(c1.square().mulByV()).inverse();
        return new Fp12(c0.mul(t), c1.neg().mul(t));
    }

    /** The p-power Frobenius endomorphism. */
    public Fp12 frobenius() {
        return new Fp12(
                new Fp6(c0.c0.conjugate(), c0.c1.conjugate().mul(GAMMA[2]), c0.c2.conjugate().mul(GAMMA[4])),
                new Fp6(c1.c0.conjugate().mul(GAMMA[1]), c1.c1.conjugate().mul(GAMMA[3]),
                        c1.c2.conjugate().mul(GAMMA[5])));
    }

    public Fp12 pow(BigInteger e) {
        Fp12 result = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            result = result.square();
            if (e.testBit(i)) result = result.mul(this);
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp12 f && c0.equals(f.c0) && c1.equals(f.c1);
    }

    @Override
    public int hashCode() {
        return c0.hashCode() * 31 + c1.hashCode();
    }
}
