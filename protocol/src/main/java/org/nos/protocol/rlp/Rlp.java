package org.nos.protocol.rlp;

import java.math.BigInteger;
import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;

/**
 * RLP encoding. Each method returns the complete encoding of one item; a list is encoded from the
 * already-encoded items it contains. Integers are encoded big-endian without leading zeros.
 * The matching decoder is {@link RlpReader}.
 */
public final class Rlp {
    /** The encoding of the empty byte string, also the encoding of the integer zero. */
    public static final byte[] EMPTY_STRING = {(byte) 0x80};
    /** The encoding of the empty list. */
    public static final byte[] EMPTY_LIST = {(byte) 0xc0};

    private Rlp() {}

    public static byte[] encodeBytes(byte[] bytes) {
        if (bytes.length == 1 && (bytes[0] & 0xff) < 0x80) {
            return new byte[] {bytes[0]};
        }
        byte[] out = new byte[headerLength(bytes.length) + bytes.length];
        int pos = writeHeader(out, 0x80, bytes.length);
        System.arraycopy(bytes, 0, out, pos, bytes.length);
        return out;
    }

    public static byte[] encodeBytes(Bytes bytes) {
        return encodeBytes(bytes.unsafeArray());
    }

    public static byte[] encode(Address address) {
        return encodeBytes(address.unsafeArray());
    }

    public static byte[] encode(Hash hash) {
        return encodeBytes(hash.unsafeArray());
    }

    /** Encodes an unsigned 64-bit integer ({@code value} is read as unsigned). */
    public static byte[] encodeLong(long value) {
        if (value == 0) return EMPTY_STRING.clone();
        if (value > 0 && value < 0x80) return new byte[] {(byte) value};
        int len = 8 - Long.numberOfLeadingZeros(value) / 8;
        byte[] out = new byte[1 + len];
        out[0] = (byte) (0x80 + len);
        for (int i = 0; i < len; i++) {
            out[len - i] = (byte) (value >>> (8 * i));
        }
        return out;
    }

    /** Encodes a non-negative integer. */
    public static byte[] encodeBigInteger(BigInteger value) {
        if (value.signum() < 0) throw new IllegalArgumentException("RLP integers are non-negative: " + value);
        if (value.bitLength() <= 63) return encodeLong(value.longValue());
        byte[] b = value.toByteArray();
        int start = b[0] == 0 ? 1 : 0;
        byte[] trimmed = start == 0 ? b : java.util.Arrays.copyOfRange(b, start, b.length);
        return encodeBytes(trimmed);
    }

    public static byte[] encodeList(byte[]... encodedItems) {
        int payload = 0;
        for (byte[] item : encodedItems) payload += item.length;
        byte[] out = new byte[headerLength(payload) + payload];
        int pos = writeHeader(out, 0xc0, payload);
        for (byte[] item : encodedItems) {
            System.arraycopy(item, 0, out, pos, item.length);
            pos += item.length;
        }
        return out;
    }

    public static byte[] encodeList(List<byte[]> encodedItems) {
        return encodeList(encodedItems.toArray(new byte[0][]));
    }

    /** Length of the header in front of a payload of {@code length} bytes. */
    static int headerLength(int length) {
        return length < 56 ? 1 : 1 + byteLength(length);
    }

    private static int writeHeader(byte[] out, int offset, int length) {
        if (length < 56) {
            out[0] = (byte) (offset + length);
            return 1;
        }
        int lenLen = byteLength(length);
        out[0] = (byte) (offset + 55 + lenLen);
        for (int i = 0; i < lenLen; i++) {
            out[lenLen - i] = (byte) (length >>> (8 * i));
        }
        return 1 + lenLen;
    }

    private static int byteLength(int value) {
        return 4 - Integer.numberOfLeadingZeros(value) / 8;
    }
}
