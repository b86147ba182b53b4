package org.nos.web.rpc.filter;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Filter and subscription ids as geth makes them: 16 random bytes in hex, leading zeros trimmed, {@code 0x} first. */
public final class FilterIds {
    private static final SecureRandom RANDOM = new SecureRandom();

    private FilterIds() {
    }

    public static String next() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        String hex = HexFormat.of().formatHex(b).replaceFirst("^0+", "");
        return "0x" + (hex.isEmpty() ? "0" : hex);
    }
}
