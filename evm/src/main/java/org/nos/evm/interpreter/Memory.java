package org.nos.evm.interpreter;

import java.util.Arrays;

/** A frame's byte-addressed memory, grown in 32-byte words; the caller pays {@link #expansionCost} first. */
public final class Memory {
    /** Offsets at or beyond this are never affordable; treating them as out of gas keeps the arithmetic in longs. */
    static final long MAX_OFFSET = 1L << 32;
    /** Java arrays stop at 2^31; a memory this large would cost about 2^43 gas, beyond any real block. */
    private static final long MAX_END = 0x7fff_0000L;

    private byte[] data = new byte[1024];
    private int size;

    void reset() {
        if (size > 0) Arrays.fill(data, 0, size, (byte) 0);
        size = 0;
    }

    public int size() {
        return size;
    }

    /** The gas to grow memory so that {@code [offset, offset+length)} is addressable; {@code Long.MAX_VALUE} when unaffordable. */
    long expansionCost(long offset, long length) {
        if (length == 0) return 0;
        if (offset >= MAX_OFFSET || length >= MAX_OFFSET) return Long.MAX_VALUE;
        long end = offset + length;
        if (end <= size) return 0;
        if (end > MAX_END) return Long.MAX_VALUE;
        return Gas.memoryCost(Gas.words(end)) - Gas.memoryCost(size >>> 5);
    }

    /** Grows to cover {@code [offset, offset+length)}; the cost has been paid. */
    void grow(long offset, long length) {
        if (length == 0) return;
        long end = offset + length;
        if (end <= size) return;
        int newSize = (int) (Gas.words(end) << 5);
        if (newSize > data.length) {
            data = Arrays.copyOf(data, Math.max(newSize, Math.min(data.length * 2, Integer.MAX_VALUE - 64)));
        }
        size = newSize;
    }

    byte[] data() {
        return data;
    }

    /** Reads the 32 bytes at {@code offset} into the stack word at {@code at}. */
    void loadWord(int offset, long[] s, int at) {
        byte[] d = data;
        s[at + 3] = readLong(d, offset);
        s[at + 2] = readLong(d, offset + 8);
        s[at + 1] = readLong(d, offset + 16);
        s[at] = readLong(d, offset + 24);
    }

    void storeWord(int offset, long[] s, int at) {
        byte[] d = data;
        writeLong(d, offset, s[at + 3]);
        writeLong(d, offset + 8, s[at + 2]);
        writeLong(d, offset + 16, s[at + 1]);
        writeLong(d, offset + 24, s[at]);
    }

    void storeByte(int offset, byte b) {
        data[offset] = b;
    }

    /** Copies {@code length} bytes of {@code src} from {@code srcOffset} (zero-filled past its end) to {@code offset}. */
    void copyIn(int offset, byte[] src, long srcOffset, int length) {
        copyIn(offset, src, srcOffset, length, src == null ? 0 : src.length);
    }

    void copyIn(int offset, byte[] src, long srcOffset, int length, int srcLength) {
        if (length == 0) return;
        int available = srcOffset >= srcLength ? 0 : (int) Math.min(length, srcLength - srcOffset);
        if (available > 0) System.arraycopy(src, (int) srcOffset, data, offset, available);
        if (available < length) Arrays.fill(data, offset + available, offset + length, (byte) 0);
    }

    void copyWithin(int dst, int src, int length) {
        System.arraycopy(data, src, data, dst, length);
    }

    public byte[] slice(long offset, long length) {
        if (length == 0) return EMPTY;
        return Arrays.copyOfRange(data, (int) offset, (int) (offset + length));
    }

    static final byte[] EMPTY = new byte[0];

    /*
     * Big-endian longs in byte arrays, a byte at a time. Not through a byteArrayViewVarHandle: on JDK 17.0.15 C2
     * miscompiled such 8-byte view loads in Keccak256 once inlined (see its comment), and consensus code must not
     * depend on that.
     */
    static long readLong(byte[] d, int off) {
        return ((d[off] & 0xffL) << 56) | ((d[off + 1] & 0xffL) << 48) | ((d[off + 2] & 0xffL) << 40)
                | ((d[off + 3] & 0xffL) << 32) | ((d[off + 4] & 0xffL) << 24) | ((d[off + 5] & 0xffL) << 16)
                | ((d[off + 6] & 0xffL) << 8) | (d[off + 7] & 0xffL);
    }

    static void writeLong(byte[] d, int off, long v) {
        d[off] = (byte) (v >>> 56);
        d[off + 1] = (byte) (v >>> 48);
        d[off + 2] = (byte) (v >>> 40);
        d[off + 3] = (byte) (v >>> 32);
        d[off + 4] = (byte) (v >>> 24);
        d[off + 5] = (byte) (v >>> 16);
        d[off + 6] = (byte) (v >>> 8);
        d[off + 7] = (byte) v;
    }
}
