package org.nos.protocol.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.nos.protocol.base.Hash;

/** secp256k1 in pure Java on BouncyCastle's curve arithmetic (SEC 1 §4.1.6 for recovery). */
final class JavaSecp256k1 extends Secp256k1 {
    static final JavaSecp256k1 INSTANCE = new JavaSecp256k1();

    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

    private JavaSecp256k1() {}

    @Override
    public String name() {
        return "java (BouncyCastle)";
    }

    @Override
    public Signature sign(Hash digest, PrivateKey key) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        BigInteger d = new BigInteger(1, key.unsafeArray());
        signer.init(true, new ECPrivateKeyParameters(d, DOMAIN));
        BigInteger[] rs = signer.generateSignature(digest.unsafeArray());
        BigInteger r = rs[0];
        BigInteger s = rs[1].compareTo(HALF_N) > 0 ? N.subtract(rs[1]) : rs[1];
        byte[] publicKey = publicKey(key);
        for (int recId = 0; recId < 2; recId++) {
            if (Arrays.equals(publicKey, recoverPublicKey(digest, recId, r, s))) return new Signature(r, s, recId);
        }
        throw new IllegalStateException("no recovery id reproduces the signing key");
    }

    @Override
    public byte[] publicKey(PrivateKey key) {
        ECPoint q = new FixedPointCombMultiplier().multiply(DOMAIN.getG(), new BigInteger(1, key.unsafeArray()));
        return encode(q.normalize());
    }

    @Override
    public byte[] recoverPublicKey(Hash digest, int recId, BigInteger r, BigInteger s) {
        if (!inScalarRange(r) || !inScalarRange(s) || (recId != 0 && recId != 1)) return null;
        ECPoint point;
        try {
            byte[] compressed = new byte[33];
            compressed[0] = (byte) (recId == 0 ? 0x02 : 0x03);
            Signature.write(r, compressed, 1);
            point = CURVE.getCurve().decodePoint(compressed);
        } catch (IllegalArgumentException notOnCurve) {
            return null;
        }
        BigInteger e = new BigInteger(1, digest.unsafeArray());
        BigInteger rInv = r.modInverse(N);
        BigInteger u1 = N.subtract(e).multiply(rInv).mod(N);
        BigInteger u2 = s.multiply(rInv).mod(N);
        ECPoint q = ECAlgorithms.sumOfTwoMultiplies(DOMAIN.getG(), u1, point, u2).normalize();
        return q.isInfinity() ? null : encode(q);
    }

    @Override
    public boolean verify(Hash digest, Signature signature, byte[] publicKey) {
        if (!signature.isLowS() || publicKey.length != 64) return false;
        ECPoint q;
        try {
            byte[] uncompressed = new byte[65];
            uncompressed[0] = 0x04;
            System.arraycopy(publicKey, 0, uncompressed, 1, 64);
            q = CURVE.getCurve().decodePoint(uncompressed);
        } catch (IllegalArgumentException notOnCurve) {
            return false;
        }
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(q, DOMAIN));
        return verifier.verifySignature(digest.unsafeArray(), signature.r(), signature.s());
    }

    private static byte[] encode(ECPoint normalized) {
        byte[] encoded = normalized.getEncoded(false);
        return Arrays.copyOfRange(encoded, 1, 65);
    }
}
