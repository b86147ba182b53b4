package org.nos.evm.precompile.bn254;

import java.math.BigInteger;
import java.util.List;

/** The optimal ate pairing e: G1 × G2 → F_p¹² of bn254, and the product-of-pairings check of EIP-197. */
public final class Pairing {
    /** 6x + 2 for the BN parameter x = 4965661367192848881. */
    private static final BigInteger ATE_LOOP_COUNT = new BigInteger("29793968203157093288");
    private static final BigInteger BN_X = new BigInteger("4965661367192848881");
    /** (p⁴ - p² + 1) / r: the hard part of the final exponentiation. */
    private static final BigInteger HARD_EXPONENT = Fp.MODULUS.pow(4).subtract(Fp.MODULUS.pow(2)).add(BigInteger.ONE)
            .divide(G2Point.ORDER);

    private Pairing() {}

    /** The reduced pairing e(p, q). */
    public static Fp12 pair(G1Point p, G2Point q) {
        return finalExponentiation(millerLoop(p, q));
    }

    /** Whether Π e(ps[i], qs[i]) = 1; true for no pairs. */
    public static boolean isProductOne(List<G1Point> ps, List<G2Point> qs) {
        if (ps.size() != qs.size()) throw new IllegalArgumentException("as many G1 as G2 points are needed");
        Fp12 f = Fp12.ONE;
        for (int i = 0; i < ps.size(); i++) f = f.mul(millerLoop(ps.get(i), qs.get(i)));
        return finalExponentiation(f).isOne();
    }

    static Fp12 millerLoop(G1Point p, G2Point q) {
        if (p.isInfinity() || q.isInfinity()) return Fp12.ONE;
        Fp2 xt = q.x();
        Fp2 yt = q.y();
        Fp12 f = Fp12.ONE;
        for (int i = ATE_LOOP_COUNT.bitLength() - 2; i >= 0; i--) {
            Fp2 xSquared = xt.square();
            Fp2 lambda = xSquared.dbl().add(xSquared).mul(yt.dbl().inverse());
            f = f.square().mul(line(lambda, xt, yt, p));
            Fp2 x2 = lambda.square().sub(xt.dbl());
            yt = lambda.mul(xt.sub(x2)).sub(yt);
            xt = x2;
            if (ATE_LOOP_COUNT.testBit(i)) {
                Fp2[] t = addStep(xt, yt, q);
                f = f.mul(line(slope(xt, yt, q), xt, yt, p));
                xt = t[0];
                yt = t[1];
            }
        }
        G2Point q1 = q.frobenius();
        G2Point q2 = q1.frobenius().negate();
        f = f.mul(line(slope(xt, yt, q1), xt, yt, p));
        Fp2[] t = addStep(xt, yt, q1);
        f = f.mul(line(slope(t[0], t[1], q2), t[0], t[1], p));
        return f;
    }

    /** f^((p¹² - 1) / r). */
    static Fp12 finalExponentiation(Fp12 f) {
        Fp12 t = f.conjugate().mul(f.inverse()); // f^(p⁶ - 1)
        t = t.frobenius().frobenius().mul(t); // ^(p² + 1): now in the cyclotomic subgroup
        return hardPart(t);
    }

    /**
     * t^((p⁴ - p² + 1) / r) for t in the cyclotomic subgroup, by the addition chain of Scott, Benger, Charlemagne,
     * Dominguez Perez and Kachisa (three exponentiations by x and a few Frobenius maps instead of a 762-bit power).
     */
    static Fp12 hardPart(Fp12 t) {
        Fp12 fp = t.frobenius();
        Fp12 fp2 = fp.frobenius();
        Fp12 fp3 = fp2.frobenius();
        Fp12 fu = powX(t);
        Fp12 fu2 = powX(fu);
        Fp12 fu3 = powX(fu2);
        Fp12 y0 = fp.mul(fp2).mul(fp3);
        Fp12 y1 = t.conjugate();
        Fp12 y2 = fu2.frobenius().frobenius();
        Fp12 y3 = fu.frobenius().conjugate();
        Fp12 y4 = fu.mul(fu2.frobenius()).conjugate();
        Fp12 y5 = fu2.conjugate();
        Fp12 y6 = fu3.mul(fu3.frobenius()).conjugate();
        Fp12 t0 = y6.square().mul(y4).mul(y5);
        Fp12 t1 = y3.mul(y5).mul(t0);
        t0 = t0.mul(y2);
        t1 = t1.square().mul(t0).square();
        t0 = t1.mul(y1);
        t1 = t1.mul(y0);
        return t0.square().mul(t1);
    }

    /** The slow, obviously correct hard part, for tests. */
    static Fp12 hardPartByPow(Fp12 t) {
        return t.pow(HARD_EXPONENT);
    }

    private static Fp12 powX(Fp12 t) {
        return t.pow(BN_X);
    }

    /** The slope of the chord through T and Q (never vertical in the Miller loop of points of order r). */
    private static Fp2 slope(Fp2 xt, Fp2 yt, G2Point q) {
        return q.y().sub(yt).mul(q.x().sub(xt).inverse());
    }

    private static Fp2[] addStep(Fp2 xt, Fp2 yt, G2Point q) {
        Fp2 lambda = slope(xt, yt, q);
        Fp2 x3 = lambda.square().sub(xt).sub(q.x());
        Fp2 y3 = lambda.mul(xt.sub(x3)).sub(yt);
        return new Fp2[] {x3, y3};
    }

    /**
     * The line of slope λ (on the twist) through T, untwisted by (x, y) ↦ (x·w², y·w³) and evaluated at P:
     * y_P - λ·x_P·w + (λ·x_T - y_T)·w³.
     */
    private static Fp12 line(Fp2 lambda, Fp2 xt, Fp2 yt, G1Point p) {
        Fp2 w0 = new Fp2(p.y(), Fp.ZERO);
        Fp2 w1 = lambda.mul(p.x()).neg();
        Fp2 w3 = lambda.mul(xt).sub(yt);
        return new Fp12(new Fp6(w0, Fp2.ZERO, Fp2.ZERO), new Fp6(w1, w3, Fp2.ZERO));
    }
}
