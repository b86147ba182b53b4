package org.nos.web.rpc;

import java.math.BigInteger;

/** Ethereum JSON-RPC quantities: 0x and lower-case hex digits without leading zeros ({@code 0x0} for zero). */
public final class Quantity {
    private Quantity() {
    }

    public static String of(long value) {
        if (value < 0) throw new IllegalArgumentException("quantities are unsigned: " + value);
        return "0x" + Long.toHexString(value);
    }

    public static String of(BigInteger value) {
        if (value.signum() < 0) throw new IllegalArgumentException("quantities are unsigned: " + value);
        return "0x" + value.toString(16);
    }
}
