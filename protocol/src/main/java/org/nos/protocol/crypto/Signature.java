package org.nos.protocol.crypto;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * An ECDSA signature over secp256k1 with its recovery id: {@code r} and {@code s} in {@code [1, n)},
 * {@code recId} 0 or 1 (the parity of the y coordinate of the nonce point). Ethereum transactions carry the
 * recovery id as {@code v} (27/28, {@code chainId * 2 + 35/36}, or the y-parity 0/1 of typed transactions).
 */
public record Signature(BigInteger r, BigInteger s, int recId) {
    public Signature {
        if (!Secp256k1.inScalarRange(r)) throw new InvalidSignatureException("r out of range [1, n)");
        if (!Secp256k1.inScalarRange(s)) throw new InvalidSignatureException("s out of range [1, n)");
        if (recId != 0 && recId != 1) throw new InvalidSignatureException("recovery id must be 0 or 1, got " + recId);
    }

    /** True when {@code s <= n/2}, the only form EIP-2 allows in transactions. */
    public boolean isLowS() {
        return s.compareTo(Secp256k1.HALF_N) <= 0;
    }

    /** {@code r || s} as 32-byte big-endian words. */
    public byte[] toCompact() {
        byte[] out = new byte[64];
        write(r, out, 0);
        write(s, out, 32);
        return out;
    }

    /** {@code r || s || recId}: the 65-byte form. */
    public byte[] toBytes() {
        byte[] out = Arrays.copyOf(toCompact(), 65);
        out[64] = (byte) recId;
        return out;
    }

    /** Parses {@code r || s} (64 bytes) with a separate recovery id. */
    public static Signature fromCompact(byte[] compact, int recId) {
        if (compact.length != 64) throw new InvalidSignatureException("a compact signature is 64 bytes");
        return new Signature(new BigInteger(1, Arrays.copyOfRange(compact, 0, 32)),
                new BigInteger(1, Arrays.copyOfRange(compact, 32, 64)), recId);
    }

    static void write(BigInteger value, byte[] out, int offset) {
        byte[] b = value.toByteArray();
        int len = Math.min(b.length, 32);
        System.arraycopy(b, b.length - len, out, offset + 32 - len, len);
    }
}
