package org.nos.protocol.base;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.nos.protocol.crypto.Keccak256;

/** A 20-byte account address. */
public final class Address implements Comparable<Address> {
    public static final int SIZE = 20;
    public static final Address ZERO = new Address(new byte[SIZE]);

    private final byte[] bytes;
    private final int hash;

    private Address(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    /** A copy of exactly 20 bytes. */
    public static Address of(byte[] bytes) {
        if (bytes.length != SIZE) throw new IllegalArgumentException("an address is 20 bytes, got " + bytes.length);
        return new Address(bytes.clone());
    }

    /** The 20 bytes at {@code offset} of {@code bytes}. */
    public static Address of(byte[] bytes, int offset) {
        return new Address(Arrays.copyOfRange(bytes, offset, offset + SIZE));
    }

    /** Parses 40 hex digits, with or without {@code 0x}, in any letter case (the checksum is not required). */
    public static Address fromHex(String hex) {
        byte[] b = Hex.decode(hex);
        int digits = hex.length() - (hex.startsWith("0x") || hex.startsWith("0X") ? 2 : 0);
        if (digits != 2 * SIZE) throw new IllegalArgumentException("an address is 40 hex digits: " + hex);
        return new Address(b);
    }

    /** The low 20 bytes of a 32-byte word, as the EVM turns a stack word into an address. */
    public static Address fromWord(byte[] word32) {
        return new Address(Arrays.copyOfRange(word32, 12, 32));
    }

    /** The address of the contract that {@code sender} creates with CREATE at {@code nonce}. */
    public static Address contractAddress(Address sender, long nonce) {
        byte[] rlp = org.nos.protocol.rlp.Rlp.encodeList(
                org.nos.protocol.rlp.Rlp.encodeBytes(sender.bytes), org.nos.protocol.rlp.Rlp.encodeLong(nonce));
        return of(Keccak256.hash(rlp), 12);
    }

    /** The address of the contract created with CREATE2. */
    public static Address create2Address(Address sender, byte[] salt32, byte[] initCodeHash32) {
        byte[] buf = new byte[1 + SIZE + 32 + 32];
        buf[0] = (byte) 0xff;
        System.arraycopy(sender.bytes, 0, buf, 1, SIZE);
        System.arraycopy(salt32, 0, buf, 1 + SIZE, 32);
        System.arraycopy(initCodeHash32, 0, buf, 1 + SIZE + 32, 32);
        return of(Keccak256.hash(buf), 12);
    }

    public byte[] toArray() {
        return bytes.clone();
    }

    /** The backing array, for hot paths that only read it. Never modify it. */
    public byte[] unsafeArray() {
        return bytes;
    }

    /** Lower-case {@code 0x}-prefixed hex. */
    public String toHex() {
        return Hex.encode(bytes);
    }

    /** EIP-55 mixed-case checksum hex. */
    public String toChecksumHex() {
        String lower = toHex().substring(2);
        byte[] h = Keccak256.hash(lower.getBytes(StandardCharsets.US_ASCII));
        StringBuilder sb = new StringBuilder("0x");
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int nibble = (h[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            sb.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address other && hash == other.hash && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(Address o) {
        return Arrays.compareUnsigned(bytes, o.bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
