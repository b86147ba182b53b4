package org.nos.evm.precompile.bn254;

import java.math.BigInteger;

/** An element {@code a + b·u} of F_p² = F_p[u]/(u² + 1). Immutable. */
public final class Fp2 implements FieldElement<Fp2> {
    public static final Fp2 ZERO = new Fp2(Fp.ZERO, Fp.ZERO);
    public static final Fp2 ONE = new Fp2(Fp.ONE, Fp.ZERO);
    /** ξ = 9 + u, the non-residue that defines F_p⁶ and the sextic twist. */
    public static final Fp2 XI = new Fp2(Fp.of(9), Fp.ONE);

    final Fp a;
    final Fp b;

    public Fp2(Fp a, Fp b) {
        this.a = a;
        this.b = b;
    }

    public Fp real() {
        return a;
    }

    public Fp imaginary() {
        return b;
    }

    @Override
    public boolean isZero() {
        return a.isZero() && b.isZero();
    }

    @Override
    public Fp2 add(Fp2 o) {
        return new Fp2(a.add(o.a), b.add(o.b));
    }

    @Override
    public Fp2 sub(Fp2 o) {
        return new Fp2(a.sub(o.a), b.sub(o.b));
    }

    @Override
    public Fp2 neg() {
        return new Fp2(a.neg(), b.neg());
    }

    @Override
    public Fp2 dbl() {
        return new Fp2(a.dbl(), b.dbl());
    }

    public Fp2 conjugate() {
        return new Fp2(a, b.neg());
    }

    /** Karatsuba: three base-field multiplications. */
    @Override
    public Fp2 mul(Fp2 o) {
        Fp aa = a.mul(o.a);
        Fp bb = b.mul(o.b);
        Fp cross = a.add(b).mul(o.a.add(o.b));
        return new Fp2(aa.sub(bb), cross.sub(aa).sub(bb));
    }

    public Fp2 mul(Fp s) {
        return new Fp2(a.mul(s), b.mul(s));
    }

    /** (a + bu)² = (a + b)(a - b) + 2ab·u. */
    @Override
    public Fp2 square() {
        Fp ab = a.mul(b);
        return new Fp2(a.add(b).mul(a.sub(b)), ab.dbl());
    }

    /** Multiplication by ξ = 9 + u: (9a - b) + (a + 9b)u. */
    public Fp2 mulByXi() {
        Fp a8 = a.dbl().dbl().dbl();
        Fp b8 = b.dbl().dbl().dbl();
        return new Fp2(a8.add(a).sub(b), b8.add(b).add(a));
    }

    @Override
    public Fp2 inverse() {
        Fp norm = a.square().add(b.square());
        Fp inv = norm.inverse();
        return new Fp2(a.mul(inv), b.neg().mul(inv));
    }

    public Fp2 pow(BigInteger e) {
        Fp2 result = ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            result = result.square();
            if (e.testBit(i)) result = result.mul(this);
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fp2 f && a.equals(f.a) && b.equals(f.b);
    }

    @Override
    public int hashCode() {
        return a.hashCode() * 31 + b.hashCode();
    }

    @Override
    public String toString() {
        return "(" + a + " + " + b + "u)";
    }
}
