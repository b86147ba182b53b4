package org.nos.protocol.crypto;

import java.math.BigInteger;
import java.util.Optional;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;

/**
 * ECDSA over secp256k1 as Ethereum uses it. Two implementations agree bit for bit: the native libsecp256k1
 * (through fr.acinq secp256k1-kmp, JNI) and a pure-Java one on BouncyCastle, used when the native library cannot
 * load or when the system property {@value #NATIVE_PROPERTY} is {@code false}. {@link #get()} returns the one
 * in use.
 *
 * <p>Two recovery rules exist. {@link #recoverSigner} is for transactions: EIP-2 rejects {@code s > n/2}, and a
 * failure throws. {@link #ecrecover} is the ECRECOVER precompile: any {@code s} in {@code [1, n)} is accepted,
 * and a failure returns null.
 */
public abstract sealed class Secp256k1 permits NativeSecp256k1, JavaSecp256k1 {
    /** The system property that, set to {@code false}, forces the pure-Java implementation. */
    public static final String NATIVE_PROPERTY = "nos.secp256k1.native";
    /** The order of the curve's group. */
    public static final BigInteger N =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
    /** {@code n / 2}: the largest s that EIP-2 allows. */
    public static final BigInteger HALF_N = N.shiftRight(1);

    /** The implementation in use: native unless it failed to load or was switched off. */
    public static Secp256k1 get() {
        return Chosen.INSTANCE;
    }

    /** The pure-Java implementation. */
    public static Secp256k1 pureJava() {
        return JavaSecp256k1.INSTANCE;
    }

    /** The native implementation, when its library loads on this platform. */
    public static Optional<Secp256k1> nativeLibrary() {
        return NativeSecp256k1.load();
    }

    /** A short name of this implementation, for logs and benchmarks. */
    public abstract String name();

    /** Signs a 32-byte digest: deterministic nonce (RFC 6979, HMAC-SHA256), low s, with the recovery id. */
    public abstract Signature sign(Hash digest, PrivateKey key);

    /** The public key of {@code key}: x || y, 64 bytes. */
    public abstract byte[] publicKey(PrivateKey key);

    /**
     * Recovers the public key (x || y, 64 bytes) that made {@code (r, s)} with recovery id {@code recId} over
     * {@code digest}, accepting a high s. Returns null when r or s is out of {@code [1, n)}, recId is not 0 or 1,
     * or no key exists.
     */
    public abstract byte[] recoverPublicKey(Hash digest, int recId, BigInteger r, BigInteger s);

    /** Checks a low-s signature against a public key (x || y); a high s does not verify. */
    public abstract boolean verify(Hash digest, Signature signature, byte[] publicKey);

    /** The ECRECOVER precompile's rule: the signer's address, or null when there is none. High s is accepted. */
    public Address ecrecover(Hash digest, int recId, BigInteger r, BigInteger s) {
        byte[] key = recoverPublicKey(digest, recId, r, s);
        return key == null ? null : addressOf(key);
    }

    /**
     * The transaction rule (EIP-2): the signer of {@code signature}.
     *
     * @throws InvalidSignatureException when s is above n/2 or no key can be recovered
     */
    public Address recoverSigner(Hash digest, Signature signature) {
        if (!signature.isLowS()) throw new InvalidSignatureException("signature s is above n/2 (EIP-2)");
        byte[] key = recoverPublicKey(digest, signature.recId(), signature.r(), signature.s());
        if (key == null) throw new InvalidSignatureException("no public key recovers from the signature");
        return addressOf(key);
    }

    /** The address of a public key (x || y): the last 20 bytes of its keccak256. */
    public static Address addressOf(byte[] publicKey) {
        if (publicKey.length != 64) throw new IllegalArgumentException("a public key is 64 bytes (x || y)");
        return Address.of(Keccak256.hash(publicKey), 12);
    }

    static boolean inScalarRange(BigInteger v) {
        return v.signum() > 0 && v.compareTo(N) < 0;
    }

    /** The implementation for a value of {@value #NATIVE_PROPERTY}: pure Java for "false", else native if it loads. */
    static Secp256k1 choose(String nativeProperty) {
        if ("false".equalsIgnoreCase(nativeProperty)) return pureJava();
        return nativeLibrary().orElseGet(Secp256k1::pureJava);
    }

    private static final class Chosen {
        static final Secp256k1 INSTANCE = choose(System.getProperty(NATIVE_PROPERTY));
    }
}
