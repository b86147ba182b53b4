package org.nos.evm.precompile.bn254;

import java.math.BigInteger;
import java.util.List;

/**
 * A point of a short Weierstrass curve y² = x³ + b in Jacobian coordinates (x = X/Z², y = Y/Z³), over F_p or F_p².
 * The point at infinity has Z = 0. Immutable.
 */
final class Jacobian<F extends FieldElement<F>> {
    final F x;
    final F y;
    final F z;

    Jacobian(F x, F y, F z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    boolean isInfinity() {
        return z.isZero();
    }

    /** dbl-2009-l. */
    Jacobian<F> dbl() {
        if (isInfinity()) return this;
        F a = x.square();
        F b = y.square();
        F c = b.square();
        F d = x.add(b).square().sub(a).sub(c).dbl();
        F e = a.dbl().add(a);
        F f = e.square();
        F x3 = f.sub(d.dbl());
        F y3 = e.mul(d.sub(x3)).sub(c.dbl().dbl().dbl());
        F z3 = y.mul(z).dbl();
        return new Jacobian<>(x3, y3, z3);
    }

    /** add-2007-bl, with the doubling and inverse cases handled. */
    Jacobian<F> add(Jacobian<F> o) {
        if (isInfinity()) return o;
        if (o.isInfinity()) return this;
        F z1z1 = z.square();
        F z2z2 = o.z.square();
        F u1 = x.mul(z2z2);
        F u2 = o.x.mul(z1z1);
        F s1 = y.mul(o.z).mul(z2z2);
        F s2 = o.y.mul(z).mul(z1z1);
        F h = u2.sub(u1);
        F r = s2.sub(s1).dbl();
        if (h.isZero()) {
            if (r.isZero()) return dbl();
            return new Jacobian<>(x, y, z.sub(z)); // P + (-P): infinity
        }
        F i = h.dbl().square();
        F j = h.mul(i);
        F v = u1.mul(i);
        F x3 = r.square().sub(j).sub(v.dbl());
        F y3 = r.mul(v.sub(x3)).sub(s1.mul(j).dbl());
        F z3 = z.add(o.z).square().sub(z1z1).sub(z2z2).mul(h);
        return new Jacobian<>(x3, y3, z3);
    }

    /** Double-and-add, most significant bit first; {@code k} must not be negative. */
    Jacobian<F> mul(BigInteger k) {
        Jacobian<F> result = new Jacobian<>(x, y, z.sub(z));
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            result = result.dbl();
            if (k.testBit(i)) result = result.add(this);
        }
        return result;
    }

    /** Both affine coordinates, computed with one inversion; only for a point that is not at infinity. */
    List<F> affine() {
        F zInv = z.inverse();
        F zInv2 = zInv.square();
        return List.of(x.mul(zInv2), y.mul(zInv2).mul(zInv));
    }
}
