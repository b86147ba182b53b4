package org.nos.evm.precompile;

import ethereum.ckzg4844.CKZG4844JNI;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * 0x0a POINT_EVALUATION (EIP-4844): input versioned hash, z, y (32 bytes each), commitment and proof (48 bytes
 * each), exactly 192 bytes. Succeeds when the versioned hash is 0x01 || sha256(commitment)[1:] and the KZG proof
 * shows that the committed polynomial takes the value y at z; then outputs FIELD_ELEMENTS_PER_BLOB and BLS_MODULUS
 * as two 32-byte words. Verification is c-kzg-4844 (blst) through jc-kzg-4844, with the mainnet trusted setup.
 */
public final class PointEvaluation implements Precompile {
    public static final int FIELD_ELEMENTS_PER_BLOB = 4096;
    public static final BigInteger BLS_MODULUS =
            new BigInteger("52435875175126190479447740508185965837690552500527637822603658699938581184513");
    private static final byte VERSION_KZG = 0x01;
    private static final int INPUT_SIZE = 192;
    private static final byte[] OUTPUT = output();

    @Override
    public long gas(byte[] input) {
        return 50_000;
    }

    @Override
    public byte[] run(byte[] input) {
        if (input.length != INPUT_SIZE) return null;
        byte[] versionedHash = Arrays.copyOfRange(input, 0, 32);
        byte[] z = Arrays.copyOfRange(input, 32, 64);
        byte[] y = Arrays.copyOfRange(input, 64, 96);
        byte[] commitment = Arrays.copyOfRange(input, 96, 144);
        byte[] proof = Arrays.copyOfRange(input, 144, 192);
        if (!Arrays.equals(versionedHash, versionedHash(commitment))) return null;
        TrustedSetup.ensureLoaded();
        try {
            return CKZG4844JNI.verifyKzgProof(commitment, z, y, proof) ? OUTPUT.clone() : null;
        } catch (RuntimeException e) {
            return null; // not a valid point or field element
        }
    }

    /** 0x01 || sha256(commitment)[1:]. */
    public static byte[] versionedHash(byte[] commitment) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(commitment);
            hash[0] = VERSION_KZG;
            return hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static byte[] output() {
        byte[] out = new byte[64];
        out[30] = (byte) (FIELD_ELEMENTS_PER_BLOB >> 8);
        out[31] = (byte) FIELD_ELEMENTS_PER_BLOB;
        byte[] modulus = BLS_MODULUS.toByteArray();
        System.arraycopy(modulus, modulus.length - 32, out, 32, 32);
        return out;
    }
}
