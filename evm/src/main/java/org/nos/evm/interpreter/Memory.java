package org.nos.evm.interpreter;

import java.util.Arrays;
import org.nos.protocol.crypto.Keccak256;

/**
 * A frame's byte-addressed memory, grown in 32-byte words; the caller pays {@link #expansionCost} first. The bytes
 * are kept as big-endian longs, eight to a long, so that a word at an offset that is a multiple of 8 (Solidity's
 * scratch space, free memory pointer and ABI encoding always are) moves as four longs, and KECCAK256 reads its lanes
 * as whole longs too. Other offsets take the byte-wise path.
 */
public final class Memory {
    /** Offsets at or beyond this are never affordable; treating them as out of gas keeps the arithmetic in longs. */
    static final long MAX_OFFSET = 1L << 32;
    /** Java arrays stop at 2^31; a memory this large would cost about 2^43 gas, beyond any real block. */
    private static final long MAX_END = 0x7fff_0000L;

    /** Byte {@code i} is bits {@code 56 - 8 * (i % 8)} and up of {@code words[i / 8]}. */
    private long[] words = new long[128];
    private int size;

    void reset() {
        if (size > 0) Arrays.fill(words, 0, size >>> 3, 0L);
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
        int newWords = newSize >>> 3;
        if (newWords > words.length) {
            words = Arrays.copyOf(words, Math.max(newWords, Math.min(words.length * 2, Integer.MAX_VALUE / 8)));
        }
        size = newSize;
    }

    /** Reads the 32 bytes at {@code offset} into the stack word at {@code at}. */
    void loadWord(int offset, long[] s, int at) {
        if ((offset & 7) == 0) {
            long[] w = words;
            int i = offset >>> 3;
            s[at + 3] = w[i];
            s[at + 2] = w[i + 1];
            s[at + 1] = w[i + 2];
            s[at] = w[i + 3];
            return;
        }
        loadUnaligned(offset, s, at);
    }

    /** {@link #loadWord} at an offset that is not a multiple of 8; rare, and out of line to keep the loop small. */
    private void loadUnaligned(int offset, long[] s, int at) {
        s[at + 3] = longAt(offset);
        s[at + 2] = longAt(offset + 8);
        s[at + 1] = longAt(offset + 16);
        s[at] = longAt(offset + 24);
    }

    void storeWord(int offset, long[] s, int at) {
        if ((offset & 7) == 0) {
            long[] w = words;
            int i = offset >>> 3;
            w[i] = s[at + 3];
            w[i + 1] = s[at + 2];
            w[i + 2] = s[at + 1];
            w[i + 3] = s[at];
            return;
        }
        storeUnaligned(offset, s, at);
    }

    /** {@link #storeWord} at an offset that is not a multiple of 8; rare, and out of line to keep the loop small. */
    private void storeUnaligned(int offset, long[] s, int at) {
        putLongAt(offset, s[at + 3]);
        putLongAt(offset + 8, s[at + 2]);
        putLongAt(offset + 16, s[at + 1]);
        putLongAt(offset + 24, s[at]);
    }

    void storeByte(int offset, byte b) {
        int shift = 56 - ((offset & 7) << 3);
        int i = offset >>> 3;
        words[i] = words[i] & ~(0xffL << shift) | (b & 0xffL) << shift;
    }

    byte byteAt(int offset) {
        return (byte) (words[offset >>> 3] >>> (56 - ((offset & 7) << 3)));
    }

    /** The 8 bytes at an offset that is not a multiple of 8, as a big-endian long. */
    private long longAt(int offset) {
        int i = offset >>> 3;
        int shift = (offset & 7) << 3;
        return words[i] << shift | words[i + 1] >>> (64 - shift);
    }

    /** Writes the 8 bytes at an offset that is not a multiple of 8. */
    private void putLongAt(int offset, long v) {
        int i = offset >>> 3;
        int shift = (offset & 7) << 3;
        long low = -1L >>> shift; // the bits of words[i] from offset on
        words[i] = words[i] & ~low | v >>> shift;
        words[i + 1] = words[i + 1] & low | v << (64 - shift);
    }

    /** Copies {@code length} bytes of {@code src} from {@code srcOffset} (zero-filled past its end) to {@code offset}. */
    void copyIn(int offset, byte[] src, long srcOffset, int length) {
        copyIn(offset, src, srcOffset, length, src == null ? 0 : src.length);
    }

    void copyIn(int offset, byte[] src, long srcOffset, int length, int srcLength) {
        if (length == 0) return;
        int available = srcOffset >= srcLength ? 0 : (int) Math.min(length, srcLength - srcOffset);
        int from = (int) srcOffset;
        int i = 0;
        for (; i < available && ((offset + i) & 7) != 0; i++) storeByte(offset + i, src[from + i]);
        for (; i + 8 <= available; i += 8) words[(offset + i) >>> 3] = readLong(src, from + i);
        for (; i < available; i++) storeByte(offset + i, src[from + i]);
        for (; i < length && ((offset + i) & 7) != 0; i++) storeByte(offset + i, (byte) 0);
        if (i + 8 <= length) {
            int firstWord = (offset + i) >>> 3;
            int whole = (length - i) >>> 3;
            Arrays.fill(words, firstWord, firstWord + whole, 0L);
            i += whole << 3;
        }
        for (; i < length; i++) storeByte(offset + i, (byte) 0);
    }

    /** MCOPY: {@code length} bytes from {@code src} to {@code dst}, as if through a buffer when they overlap. */
    void copyWithin(int dst, int src, int length) {
        if (length == 0) return;
        copyIn(dst, slice(src, length), 0, length);
    }

    public byte[] slice(long offset, long length) {
        if (length == 0) return EMPTY;
        int off = (int) offset;
        int len = (int) length;
        byte[] out = new byte[len];
        int i = 0;
        for (; i < len && ((off + i) & 7) != 0; i++) out[i] = byteAt(off + i);
        for (; i + 8 <= len; i += 8) writeLong(out, i, words[(off + i) >>> 3]);
        for (; i < len; i++) out[i] = byteAt(off + i);
        return out;
    }

    /** KECCAK256 of {@code [offset, offset+length)}, the digest in {@code lanes[0..4)} as {@link Keccak256#hashToLanes} leaves it. */
    void hashToLanes(int offset, int length, long[] lanes) {
        if ((offset & 7) == 0) {
            Keccak256.hashBigEndianLongsToLanes(words, offset >>> 3, length, lanes);
        } else {
            Keccak256.hashToLanes(slice(offset, length), 0, length, lanes);
        }
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
