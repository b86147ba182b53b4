package org.nos.evm.precompile.bn254;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FieldTowerTest {
    private static final BigInteger P = Fp.MODULUS;
    private static final G1Point G1 = G1Point.decode(encode(BigInteger.ONE, BigInteger.TWO), 0);
    private static final G2Point G2 = G2Point.of(
            new Fp2(fp("10857046999023057135944570762232829481370756359578518086990519993285655852781"),
                    fp("11559732032986387107991004021392285783925812861821192530917403151452391805634")),
            new Fp2(fp("8495653923123431417604973247489272438418190587263600148770280649306958101930"),
                    fp("4082367875863433681332203403145435568316851327593401208105741076214120093531")));

    @Test
    void montgomeryArithmeticMatchesBigInteger() {
        Random random = new Random(42);
        BigInteger[] edges = {BigInteger.ZERO, BigInteger.ONE, P.subtract(BigInteger.ONE), P.shiftRight(1),
            BigInteger.ONE.shiftLeft(253), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)};
        for (int i = 0; i < 5000; i++) {
            BigInteger x = i < edges.length ? edges[i] : new BigInteger(254, random).mod(P);
            BigInteger y = i < edges.length ? edges[edges.length - 1 - i] : new BigInteger(254, random).mod(P);
            assertEquals(x.multiply(y).mod(P), Fp.of(x).mul(Fp.of(y)).toBigInteger());
            assertEquals(x.add(y).mod(P), Fp.of(x).add(Fp.of(y)).toBigInteger());
            assertEquals(x.subtract(y).mod(P), Fp.of(x).sub(Fp.of(y)).toBigInteger());
            assertEquals(x.negate().mod(P), Fp.of(x).neg().toBigInteger());
            if (x.signum() != 0) assertEquals(Fp.ONE, Fp.of(x).mul(Fp.of(x).inverse()));
        }
    }

    @Test
    void decodeRejectsValuesNotBelowP() {
        assertNull(Fp.decode(encode(P, BigInteger.ZERO), 0));
        assertEquals(P.subtract(BigInteger.ONE), Fp.decode(encode(P.subtract(BigInteger.ONE), BigInteger.ZERO), 0)
                .toBigInteger());
    }

    @Test
    void towerInversesAndFrobenius() {
        Fp12 f = Pairing.millerLoop(G1, G2);
        assertTrue(f.mul(f.inverse()).isOne());
        assertEquals(f.square(), f.mul(f));
        Fp12 frobenius12 = f;
        for (int i = 0; i < 12; i++) frobenius12 = frobenius12.frobenius();
        assertEquals(f, frobenius12, "the p-power Frobenius has order 12");
        assertEquals(f.pow(P), f.frobenius());
        Fp12 six = f;
        for (int i = 0; i < 6; i++) six = six.frobenius();
        assertEquals(f.conjugate(), six);
    }

    @Test
    void generatorsAreValid() {
        assertTrue(G2.isOnCurve());
        assertTrue(G2.isInSubgroup());
        assertTrue(G1.mul(G2Point.ORDER).isInfinity());
        assertEquals(G2, G2.frobenius().frobenius().frobenius().frobenius().frobenius().frobenius()
                .frobenius().frobenius().frobenius().frobenius().frobenius().frobenius());
    }

    @Test
    void pairingIsBilinearAndNonDegenerate() {
        Fp12 e = Pairing.pair(G1, G2);
        assertFalse(e.isOne());
        assertTrue(e.pow(G2Point.ORDER).isOne());
        BigInteger a = new BigInteger("1234567890123456789");
        BigInteger b = new BigInteger("9876543210987654321");
        assertEquals(Pairing.pair(G1.mul(a), G2.mul(b)), e.pow(a.multiply(b)));
        assertEquals(Pairing.pair(G1.mul(b), G2.mul(a)), Pairing.pair(G1.mul(a), G2.mul(b)));
        assertTrue(Pairing.isProductOne(List.of(G1.mul(a), G1.mul(b).negate()), List.of(G2.mul(b), G2.mul(a))));
        assertFalse(Pairing.isProductOne(List.of(G1.mul(a), G1.mul(b)), List.of(G2.mul(b), G2.mul(a))));
    }

    @Test
    void fastHardPartEqualsThePlainPower() {
        Fp12 f = Pairing.millerLoop(G1.mul(BigInteger.valueOf(77)), G2);
        Fp12 t = f.conjugate().mul(f.inverse());
        t = t.frobenius().frobenius().mul(t);
        assertEquals(Pairing.hardPartByPow(t), Pairing.hardPart(t));
    }

    @Test
    void twistPointOutsideTheSubgroupIsRejected() {
        // find x with x³ + b a square in F_p², by trying x = 1, 2, ...; the cofactor of the twist makes such a
        // point (almost surely) not of order r
        Fp2 b = Fp2.XI.inverse().mul(Fp.of(3));
        for (long i = 1; ; i++) {
            Fp2 x = new Fp2(Fp.of(i), Fp.ONE);
            Fp2 y = sqrt(x.square().mul(x).add(b));
            if (y == null) continue;
            G2Point q = G2Point.of(x, y);
            assertTrue(q.isOnCurve());
            assertFalse(q.isInSubgroup());
            byte[] encoded = new byte[128];
            x.imaginary().encode(encoded, 0);
            x.real().encode(encoded, 32);
            y.imaginary().encode(encoded, 64);
            y.real().encode(encoded, 96);
            assertNull(G2Point.decode(encoded, 0));
            assertNotEquals(G2Point.INFINITY, q.mul(G2Point.ORDER));
            return;
        }
    }

    /** A square root in F_p² (p ≡ 3 mod 4), or null for a non-square. */
    private static Fp2 sqrt(Fp2 a) {
        Fp2 a1 = a.pow(P.subtract(BigInteger.valueOf(3)).shiftRight(2));
        Fp2 alpha = a1.square().mul(a);
        Fp2 x0 = a1.mul(a);
        Fp2 root = alpha.equals(Fp2.ONE.neg())
                ? new Fp2(Fp.ZERO, Fp.ONE).mul(x0)
                : alpha.add(Fp2.ONE).pow(P.subtract(BigInteger.ONE).shiftRight(1)).mul(x0);
        return root.square().equals(a) ? root : null;
    }

    private static Fp fp(String decimal) {
        return Fp.of(new BigInteger(decimal));
    }

    private static byte[] encode(BigInteger x, BigInteger y) {
        byte[] out = new byte[64];
        byte[] xb = x.toByteArray();
        byte[] yb = y.toByteArray();
        System.arraycopy(xb, Math.max(0, xb.length - 32), out, 32 - Math.min(32, xb.length), Math.min(32, xb.length));
        System.arraycopy(yb, Math.max(0, yb.length - 32), out, 64 - Math.min(32, yb.length), Math.min(32, yb.length));
        return out;
    }
}
