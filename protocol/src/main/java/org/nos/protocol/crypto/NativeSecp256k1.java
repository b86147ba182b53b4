package org.nos.protocol.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.nos.protocol.base.Hash;

/** secp256k1 through the native libsecp256k1 (fr.acinq secp256k1-kmp JNI). */
final class NativeSecp256k1 extends Secp256k1 {
    private final fr.acinq.secp256k1.Secp256k1 lib;

    private NativeSecp256k1(fr.acinq.secp256k1.Secp256k1 lib) {
        this.lib = lib;
    }

    static Optional<Secp256k1> load() {
        return Optional.ofNullable(Holder.INSTANCE);
    }

    @Override
    public String name() {
        return "native (libsecp256k1)";
    }

    @Override
    public Signature sign(Hash digest, PrivateKey key) {
        byte[] compact = lib.sign(digest.unsafeArray(), key.unsafeArray());
        byte[] publicKey = publicKey(key);
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(compact, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(compact, 32, 64));
        for (int recId = 0; recId < 2; recId++) {
            if (Arrays.equals(publicKey, recoverPublicKey(digest, recId, r, s))) return new Signature(r, s, recId);
        }
        throw new IllegalStateException("no recovery id reproduces the signing key");
    }

    @Override
    public byte[] publicKey(PrivateKey key) {
        return Arrays.copyOfRange(lib.pubkeyCreate(key.unsafeArray()), 1, 65);
    }

    @Override
    public byte[] recoverPublicKey(Hash digest, int recId, BigInteger r, BigInteger s) {
        if (!inScalarRange(r) || !inScalarRange(s) || (recId != 0 && recId != 1)) return null;
        byte[] compact = new byte[64];
        Signature.write(r, compact, 0);
        Signature.write(s, compact, 32);
        try {
            return Arrays.copyOfRange(lib.ecdsaRecover(compact, digest.unsafeArray(), recId), 1, 65);
        } catch (RuntimeException noKey) {
            return null;
        }
    }

    @Override
    public boolean verify(Hash digest, Signature signature, byte[] publicKey) {
        if (publicKey.length != 64) return false;
        byte[] uncompressed = new byte[65];
        uncompressed[0] = 0x04;
        System.arraycopy(publicKey, 0, uncompressed, 1, 64);
        try {
            return lib.verify(signature.toCompact(), digest.unsafeArray(), uncompressed);
        } catch (RuntimeException invalidKey) {
            return false;
        }
    }

    /** Loads the library once; null when it cannot load here. */
    private static final class Holder {
        static final NativeSecp256k1 INSTANCE = tryLoad();

        private static NativeSecp256k1 tryLoad() {
            try {
                return new NativeSecp256k1(fr.acinq.secp256k1.Secp256k1.Companion.get());
            } catch (RuntimeException | LinkageError unavailable) {
                System.getLogger(NativeSecp256k1.class.getName()).log(System.Logger.Level.WARNING,
                        "native secp256k1 unavailable, using the pure-Java implementation: " + unavailable);
                return null;
            }
        }
    }
}
