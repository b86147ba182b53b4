package org.nos.evm.precompile;

import java.math.BigInteger;

/** Reads of precompile input as the EVM defines them: bytes past the end of the input are zero. */
final class Input {
    private Input() {}

    /** {@code length} bytes of {@code input} from {@code offset}, zero-padded past its end. */
    static byte[] padded(byte[] input, long offset, int length) {
        byte[] out = new byte[length];
        if (offset < input.length) {
            int available = (int) Math.min(length, input.length - offset);
            System.arraycopy(input, (int) offset, out, 0, available);
        }
        return out;
    }

    /** The 32-byte big-endian word at {@code offset}, zero-padded, as an unsigned integer. */
    static BigInteger word(byte[] input, long offset) {
        return new BigInteger(1, padded(input, offset, 32));
    }

    /** The number of 32-byte words that {@code length} bytes take, rounded up. */
    static long words(long length) {
        return (length + 31) / 32;
    }

    /** {@code base + perWord} for each 32-byte word of the input. */
    static long linearGas(byte[] input, long base, long perWord) {
        return base + perWord * words(input.length);
    }

    /** {@code value} as 32 big-endian bytes, left-padded with zeros. */
    static byte[] leftPad32(byte[] value) {
        byte[] out = new byte[32];
        System.arraycopy(value, 0, out, 32 - value.length, value.length);
        return out;
    }
}
