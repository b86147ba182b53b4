package org.nos.protocol.base;

/** Lower-case hexadecimal with an optional {@code 0x} prefix, as Ethereum writes bytes. */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();
    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < 10; i++) VALUES['0' + i] = (byte) i;
        for (int i = 0; i < 6; i++) {
            VALUES['a' + i] = (byte) (10 + i);
            VALUES['A' + i] = (byte) (10 + i);
        }
    }

    private Hex() {}

    /** Encodes {@code bytes} as {@code 0x}-prefixed lower-case hex. */
    public static String encode(byte[] bytes) {
        return encode(bytes, 0, bytes.length);
    }

    public static String encode(byte[] bytes, int offset, int length) {
        char[] out = new char[2 + 2 * length];
        out[0] = '0';
        out[1] = 'x';
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xff;
            out[2 + 2 * i] = DIGITS[b >>> 4];
            out[3 + 2 * i] = DIGITS[b & 0xf];
        }
        return new String(out);
    }

    /**
     * Decodes hex with or without {@code 0x}. An odd number of digits is read as if a leading zero were
     * present ({@code 0x1} is one byte), as the Ethereum test fixtures write it.
     *
     * @throws IllegalArgumentException on a character that is not a hex digit
     */
    public static byte[] decode(String hex) {
        int start = hex.startsWith("0x") || hex.startsWith("0X") ? 2 : 0;
        int digits = hex.length() - start;
        byte[] out = new byte[(digits + 1) / 2];
        int pos = start;
        int i = 0;
        if ((digits & 1) == 1) {
            out[i++] = (byte) digit(hex, pos++);
        }
        for (; i < out.length; i++, pos += 2) {
            out[i] = (byte) ((digit(hex, pos) << 4) | digit(hex, pos + 1));
        }
        return out;
    }

    /** True when {@code s} is {@code 0x} followed by hex digits only. */
    public static boolean isPrefixedHex(String s) {
        if (s == null || s.length() < 2 || s.charAt(0) != '0' || (s.charAt(1) != 'x' && s.charAt(1) != 'X')) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || VALUES[c] < 0) return false;
        }
        return true;
    }

    private static int digit(String s, int pos) {
        char c = s.charAt(pos);
        int v = c < 128 ? VALUES[c] : -1;
        if (v < 0) throw new IllegalArgumentException("not a hex digit '" + c + "' at " + pos + " in " + abbreviate(s));
        return v;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
