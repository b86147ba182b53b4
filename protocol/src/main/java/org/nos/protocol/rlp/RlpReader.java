package org.nos.protocol.rlp;

import java.math.BigInteger;
import java.util.Arrays;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;

/**
 * A strict RLP decoder: a cursor over the items of one list (or of a top-level sequence). It rejects every
 * non-canonical form: a single byte below 0x80 wrapped in a string header, a long header for a short payload,
 * length prefixes with leading zeros, integers with leading zeros, and items that overrun their container.
 */
public final class RlpReader {
    private final byte[] data;
    private int pos;
    private final int end;

    private RlpReader(byte[] data, int start, int end) {
        this.data = data;
        this.pos = start;
        this.end = end;
    }

    /** A reader over a sequence of items filling all of {@code data}. */
    public static RlpReader of(byte[] data) {
        return new RlpReader(data, 0, data.length);
    }

    /** A reader over the items of the single list that is all of {@code data}. */
    public static RlpReader ofList(byte[] data) {
        RlpReader top = of(data);
        RlpReader list = top.readList();
        top.requireEnd();
        return list;
    }

    public boolean hasNext() {
        return pos < end;
    }

    /** True when the next item is a list. */
    public boolean nextIsList() {
        requireNext();
        return (data[pos] & 0xff) >= 0xc0;
    }

    /** Position of the cursor in the underlying array. */
    public int position() {
        return pos;
    }

    public byte[] readBytes() {
        Item item = next(false);
        return Arrays.copyOfRange(data, item.payloadStart, item.payloadEnd);
    }

    /** Reads a byte string of exactly {@code length} bytes. */
    public byte[] readBytes(int length) {
        byte[] b = readBytes();
        if (b.length != length) throw new RlpException("expected " + length + " bytes, got " + b.length);
        return b;
    }

    public Hash readHash() {
        return Hash.wrap(readBytes(Hash.SIZE));
    }

    public Address readAddress() {
        return Address.of(readBytes(Address.SIZE));
    }

    /** Reads an address, or null for the empty string (the "to" of a contract creation). */
    public Address readOptionalAddress() {
        byte[] b = readBytes();
        if (b.length == 0) return null;
        if (b.length != Address.SIZE) throw new RlpException("an address is 20 bytes, got " + b.length);
        return Address.of(b);
    }

    /** Reads an unsigned integer that must fit in 64 bits (returned as a possibly negative long). */
    public long readLongUnsigned() {
        Item item = next(false);
        int len = item.payloadEnd - item.payloadStart;
        if (len > 8) throw new RlpException("integer longer than 8 bytes");
        checkInteger(item, len);
        long v = 0;
        for (int i = item.payloadStart; i < item.payloadEnd; i++) v = (v << 8) | (data[i] & 0xff);
        return v;
    }

    /** Reads an unsigned integer that must fit in 63 bits. */
    public long readLong() {
        long v = readLongUnsigned();
        if (v < 0) throw new RlpException("integer does not fit in 63 bits");
        return v;
    }

    public int readInt() {
        long v = readLong();
        if (v > Integer.MAX_VALUE) throw new RlpException("integer does not fit in 31 bits");
        return (int) v;
    }

    public BigInteger readBigInteger() {
        Item item = next(false);
        int len = item.payloadEnd - item.payloadStart;
        checkInteger(item, len);
        if (len > 32) throw new RlpException("integer longer than 32 bytes");
        return len == 0 ? BigInteger.ZERO : new BigInteger(1, Arrays.copyOfRange(data, item.payloadStart, item.payloadEnd));
    }

    /** Reads a list and returns a reader over its items. */
    public RlpReader readList() {
        Item item = next(true);
        return new RlpReader(data, item.payloadStart, item.payloadEnd);
    }

    /** The complete encoding (header and payload) of the next item, without interpreting it. */
    public byte[] readRaw() {
        int start = pos;
        Item item = nextAny();
        return Arrays.copyOfRange(data, start, item.payloadEnd);
    }

    /** Skips the next item. */
    public void skip() {
        nextAny();
    }

    /** Fails when items remain: trailing data is not allowed. */
    public void requireEnd() {
        if (pos != end) throw new RlpException("trailing bytes: " + (end - pos) + " after the last item");
    }

    private void checkInteger(Item item, int len) {
        if (len > 0 && data[item.payloadStart] == 0) throw new RlpException("integer with leading zero byte");
    }

    private void requireNext() {
        if (pos >= end) throw new RlpException("unexpected end of RLP data");
    }

    private Item next(boolean list) {
        requireNext();
        boolean isList = (data[pos] & 0xff) >= 0xc0;
        if (isList != list) throw new RlpException(list ? "expected a list, got a string" : "expected a string, got a list");
        return nextAny();
    }

    private Item nextAny() {
        requireNext();
        int prefix = data[pos] & 0xff;
        int start;
        int length;
        if (prefix < 0x80) {
            start = pos;
            length = 1;
        } else if (prefix <= 0xb7) {
            length = prefix - 0x80;
            start = pos + 1;
            if (length == 1) {
                checkBounds(start, 1);
                if ((data[start] & 0xff) < 0x80) throw new RlpException("single byte below 0x80 must not have a header");
            }
        } else if (prefix < 0xc0) {
            int lenLen = prefix - 0xb7;
            length = readLength(pos + 1, lenLen);
            start = pos + 1 + lenLen;
        } else if (prefix <= 0xf7) {
            length = prefix - 0xc0;
            start = pos + 1;
        } else {
            int lenLen = prefix - 0xf7;
            length = readLength(pos + 1, lenLen);
            start = pos + 1 + lenLen;
        }
        checkBounds(start, length);
        pos = start + length;
        return new Item(start, start + length);
    }

    private int readLength(int at, int lenLen) {
        checkBounds(at, lenLen);
        if (lenLen > 4) throw new RlpException("RLP length prefix too long");
        if (data[at] == 0) throw new RlpException("RLP length with leading zero byte");
        long length = 0;
        for (int i = 0; i < lenLen; i++) length = (length << 8) | (data[at + i] & 0xff);
        if (length < 56) throw new RlpException("long RLP form used for a short payload");
        if (length > Integer.MAX_VALUE) throw new RlpException("RLP length too large");
        return (int) length;
    }

    private void checkBounds(int start, long length) {
        if (start + length > end) throw new RlpException("RLP item overruns its container");
    }

    private record Item(int payloadStart, int payloadEnd) {}
}
