package org.nos.evm.precompile.bn254;

import java.math.BigInteger;
import java.util.List;

/** An affine point of G1: y² = x³ + 3 over F_p (cofactor 1), or the point at infinity, encoded as (0, 0). */
public final class G1Point {
    public static final int ENCODED_SIZE = 64;
    public static final G1Point INFINITY = new G1Point(Fp.ZERO, Fp.ZERO);
    private static final Fp B = Fp.of(3);

    private final Fp x;
    private final Fp y;

    private G1Point(Fp x, Fp y) {
        this.x = x;
        this.y = y;
    }

    /**
     * Decodes two 32-byte big-endian coordinates at {@code offset}; null when a coordinate is not below p or the
     * point is neither on the curve nor (0, 0).
     */
    public static G1Point decode(byte[] in, int offset) {
        Fp x = Fp.decode(in, offset);
        Fp y = Fp.decode(in, offset + 32);
        if (x == null || y == null) return null;
        if (x.isZero() && y.isZero()) return INFINITY;
        if (!y.square().equals(x.square().mul(x).add(B))) return null;
        return new G1Point(x, y);
    }

    public byte[] encode() {
        byte[] out = new byte[ENCODED_SIZE];
        x.encode(out, 0);
        y.encode(out, 32);
        return out;
    }

    public boolean isInfinity() {
        return x.isZero() && y.isZero();
    }

    public Fp x() {
        return x;
    }

    public Fp y() {
        return y;
    }

    public G1Point add(G1Point o) {
        return fromJacobian(toJacobian().add(o.toJacobian()));
    }

    /** Scalar multiplication by a non-negative {@code k}. */
    public G1Point mul(BigInteger k) {
        return fromJacobian(toJacobian().mul(k));
    }

    public G1Point negate() {
        return isInfinity() ? this : new G1Point(x, y.neg());
    }

    private Jacobian<Fp> toJacobian() {
        return isInfinity() ? new Jacobian<>(Fp.ONE, Fp.ONE, Fp.ZERO) : new Jacobian<>(x, y, Fp.ONE);
    }

    private static G1Point fromJacobian(Jacobian<Fp> p) {
        if (p.isInfinity()) return INFINITY;
        List<Fp> xy = p.affine();
        return new G1Point(xy.get(0), xy.get(1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof G1Point p && x.equals(p.x) && y.equals(p.y);
    }

    @Override
    public int hashCode() {
        return x.hashCode() * 31 + y.hashCode();
    }

    @Override
    public String toString() {
        return isInfinity() ? "G1(infinity)" : "G1(" + x + ", " + y + ")";
    }
}
