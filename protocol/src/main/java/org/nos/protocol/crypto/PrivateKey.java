package org.nos.protocol.crypto;

import java.math.BigInteger;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;

/** A secp256k1 private key: a scalar in {@code [1, n)}. Its {@code toString} shows the address, never the key. */
public final class PrivateKey {
    private final byte[] bytes;
    private volatile Address address;

    private PrivateKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of 32 big-endian bytes. */
    public static PrivateKey of(byte[] bytes32) {
        if (bytes32.length != 32) throw new IllegalArgumentException("a private key is 32 bytes");
        if (!Secp256k1.inScalarRange(new BigInteger(1, bytes32))) {
            throw new IllegalArgumentException("a private key must be in [1, n)");
        }
        return new PrivateKey(bytes32.clone());
    }

    /** Parses 64 hex digits, with or without {@code 0x}. */
    public static PrivateKey fromHex(String hex) {
        int digits = hex.length() - (hex.startsWith("0x") || hex.startsWith("0X") ? 2 : 0);
        if (digits != 64) throw new IllegalArgumentException("a private key is 64 hex digits");
        return of(Hex.decode(hex));
    }

    /** The 32 key bytes (a copy). */
    public byte[] toArray() {
        return bytes.clone();
    }

    byte[] unsafeArray() {
        return bytes;
    }

    /** The uncompressed public key without its 0x04 prefix: x || y, 64 bytes. */
    public byte[] publicKey() {
        return Secp256k1.get().publicKey(this);
    }

    /** The address: the last 20 bytes of keccak256(x || y). Computed once. */
    public Address address() {
        Address a = address;
        if (a == null) {
            a = Secp256k1.addressOf(publicKey());
            address = a;
        }
        return a;
    }

    /** Signs a 32-byte digest deterministically (RFC 6979) with a low s. */
    public Signature sign(Hash digest) {
        return Secp256k1.get().sign(digest, this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrivateKey other && java.security.MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return address().hashCode();
    }

    @Override
    public String toString() {
        return "PrivateKey[" + address() + "]";
    }
}
