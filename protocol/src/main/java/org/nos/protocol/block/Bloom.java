package org.nos.protocol.block;

import java.util.Arrays;
import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.crypto.Keccak256;

/**
 * The 2048-bit logs bloom filter of receipts and headers. Each address and topic sets three bits: the low 11 bits
 * of the first three 16-bit pairs of its keccak256; bit {@code b} is bit {@code b % 8} of byte {@code 255 - b / 8}.
 */
public final class Bloom {
    public static final int SIZE = 256;
    public static final Bloom EMPTY = new Bloom(new byte[SIZE]);

    private final byte[] bits;

    private Bloom(byte[] bits) {
        this.bits = bits;
    }

    /** A copy of 256 bytes. */
    public static Bloom of(byte[] bytes) {
        if (bytes.length != SIZE) throw new IllegalArgumentException("a bloom is 256 bytes, got " + bytes.length);
        return new Bloom(bytes.clone());
    }

    public static Bloom of(Bytes bytes) {
        return of(bytes.unsafeArray());
    }

    /** The bloom of the addresses and topics of {@code logs}. */
    public static Bloom fromLogs(List<Log> logs) {
        if (logs.isEmpty()) return EMPTY;
        byte[] bits = new byte[SIZE];
        for (Log log : logs) {
            set(bits, log.address().unsafeArray());
            for (Hash topic : log.topics()) set(bits, topic.unsafeArray());
        }
        return new Bloom(bits);
    }

    /** This bloom with the bits of {@code value} (an address or a topic) set. */
    public Bloom with(byte[] value) {
        byte[] copy = bits.clone();
        set(copy, value);
        return new Bloom(copy);
    }

    /** The union of two blooms: a block's bloom is the union of its receipts'. */
    public Bloom or(Bloom other) {
        byte[] out = bits.clone();
        for (int i = 0; i < SIZE; i++) out[i] |= other.bits[i];
        return new Bloom(out);
    }

    /** True when every bit of {@code value} is set: the value may be in the logs (false positives happen). */
    public boolean mightContain(byte[] value) {
        byte[] h = Keccak256.hash(value);
        for (int i = 0; i < 6; i += 2) {
            int bit = ((h[i] & 0xff) << 8 | (h[i + 1] & 0xff)) & 2047;
            if ((bits[SIZE - 1 - bit / 8] & (1 << (bit % 8))) == 0) return false;
        }
        return true;
    }

    public boolean mightContain(Address address) {
        return mightContain(address.unsafeArray());
    }

    public boolean mightContain(Hash topic) {
        return mightContain(topic.unsafeArray());
    }

    public byte[] toArray() {
        return bits.clone();
    }

    /** As the header's {@code logsBloom} holds it. */
    public Bytes toBytes() {
        return Bytes.of(bits);
    }

    private static void set(byte[] bits, byte[] value) {
        byte[] h = Keccak256.hash(value);
        for (int i = 0; i < 6; i += 2) {
            int bit = ((h[i] & 0xff) << 8 | (h[i + 1] & 0xff)) & 2047;
            bits[SIZE - 1 - bit / 8] |= (byte) (1 << (bit % 8));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bloom other && Arrays.equals(bits, other.bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return toBytes().toHex();
    }
}
