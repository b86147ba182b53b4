package org.nos.protocol.base;

import java.util.Arrays;
import org.nos.protocol.crypto.Keccak256;

/** A 32-byte hash: block and transaction hashes, state roots, storage keys. */
public final class Hash implements Comparable<Hash> {
    public static final int SIZE = 32;
    public static final Hash ZERO = new Hash(new byte[SIZE]);
    /** keccak256 of the empty string: the code hash of an account without code. */
    public static final Hash EMPTY_CODE = keccak(new byte[0]);
    /** The root of an empty Merkle Patricia trie: keccak256(rlp("")). */
    public static final Hash EMPTY_TRIE = keccak(new byte[] {(byte) 0x80});
    /** keccak256(rlp([])): the ommers hash of a block without ommers. */
    public static final Hash EMPTY_LIST = keccak(new byte[] {(byte) 0xc0});

    private final byte[] bytes;
    private final int hash;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    /** A copy of exactly 32 bytes. */
    public static Hash of(byte[] bytes) {
        if (bytes.length != SIZE) throw new IllegalArgumentException("a hash is 32 bytes, got " + bytes.length);
        return new Hash(bytes.clone());
    }

    /** Takes ownership of 32 bytes: the caller must never change the array again. */
    public static Hash wrap(byte[] bytes) {
        if (bytes.length != SIZE) throw new IllegalArgumentException("a hash is 32 bytes, got " + bytes.length);
        return new Hash(bytes);
    }

    public static Hash fromHex(String hex) {
        int digits = hex.length() - (hex.startsWith("0x") || hex.startsWith("0X") ? 2 : 0);
        if (digits != 2 * SIZE) throw new IllegalArgumentException("a hash is 64 hex digits: " + hex);
        return new Hash(Hex.decode(hex));
    }

    /** keccak256 of {@code data}. */
    public static Hash keccak(byte[] data) {
        return new Hash(Keccak256.hash(data));
    }

    public byte[] toArray() {
        return bytes.clone();
    }

    /** The backing array, for hot paths that only read it. Never modify it. */
    public byte[] unsafeArray() {
        return bytes;
    }

    public String toHex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash other && hash == other.hash && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(Hash o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
