package org.nos.evm.precompile.bn254;

import java.math.BigInteger;
import java.util.List;

/**
 * An affine point of G2, on the sextic D-twist y² = x³ + 3/ξ over F_p², or the point at infinity (all zero). Decoding
 * checks that the point is on the twist and in the order-r subgroup.
 */
public final class G2Point {
    public static final int ENCODED_SIZE = 128;
    public static final BigInteger ORDER =
            new BigInteger("21888242871839275222246405745257275088548364400416034343698204186575808495617");
    public static final G2Point INFINITY = new G2Point(Fp2.ZERO, Fp2.ZERO);
    private static final Fp2 B = Fp2.XI.inverse().mul(Fp.of(3));
    /** ξ^((p-1)/3) and ξ^((p-1)/2): the twisted Frobenius π(x, y) = (conj(x)·γx, conj(y)·γy). */
    private static final Fp2 FROBENIUS_X = Fp2.XI.pow(Fp.MODULUS.subtract(BigInteger.ONE).divide(BigInteger.valueOf(3)));
    private static final Fp2 FROBENIUS_Y = Fp2.XI.pow(Fp.MODULUS.subtract(BigInteger.ONE).shiftRight(1));

    private final Fp2 x;
    private final Fp2 y;

    private G2Point(Fp2 x, Fp2 y) {
        this.x = x;
        this.y = y;
    }

    /**
     * Decodes x and y at {@code offset}, each as imaginary then real part (32 bytes big-endian each, the EIP-197
     * order); null when a coordinate is not below p, or the point is not (0, 0) and not on the twist or not in G2.
     */
    public static G2Point decode(byte[] in, int offset) {
        Fp xi = Fp.decode(in, offset);
        Fp xr = Fp.decode(in, offset + 32);
        Fp yi = Fp.decode(in, offset + 64);
        Fp yr = Fp.decode(in, offset + 96);
        if (xi == null || xr == null || yi == null || yr == null) return null;
        Fp2 x = new Fp2(xr, xi);
        Fp2 y = new Fp2(yr, yi);
        if (x.isZero() && y.isZero()) return INFINITY;
        G2Point p = new G2Point(x, y);
        if (!p.isOnCurve() || !p.isInSubgroup()) return null;
        return p;
    }

    /** A point from affine coordinates, unchecked: for constants and tests. */
    static G2Point of(Fp2 x, Fp2 y) {
        return new G2Point(x, y);
    }

    public boolean isInfinity() {
        return x.isZero() && y.isZero();
    }

    public Fp2 x() {
        return x;
    }

    public Fp2 y() {
        return y;
    }

    boolean isOnCurve() {
        return y.square().equals(x.square().mul(x).add(B));
    }

    /** r·P = O. */
    boolean isInSubgroup() {
        return toJacobian().mul(ORDER).isInfinity();
    }

    public G2Point negate() {
        return isInfinity() ? this : new G2Point(x, y.neg());
    }

    /** The image of the p-power Frobenius of E(F_p¹²) on the twist. */
    G2Point frobenius() {
        return new G2Point(x.conjugate().mul(FROBENIUS_X), y.conjugate().mul(FROBENIUS_Y));
    }

    public G2Point add(G2Point o) {
        return fromJacobian(toJacobian().add(o.toJacobian()));
    }

    public G2Point mul(BigInteger k) {
        return fromJacobian(toJacobian().mul(k));
    }

    private Jacobian<Fp2> toJacobian() {
        return isInfinity() ? new Jacobian<>(Fp2.ONE, Fp2.ONE, Fp2.ZERO) : new Jacobian<>(x, y, Fp2.ONE);
    }

    private static G2Point fromJacobian(Jacobian<Fp2> p) {
        if (p.isInfinity()) return INFINITY;
        List<Fp2> xy = p.affine();
        return new G2Point(xy.get(0), xy.get(1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof G2Point p && x.equals(p.x) && y.equals(p.y);
    }

    @Override
    public int hashCode() {
        return x.hashCode() * 31 + y.hashCode();
    }

    @Override
    public String toString() {
        return isInfinity() ? "G2(infinity)" : "G2(" + x + ", " + y + ")";
    }
}
