package org.nos.protocol.base;

import java.math.BigInteger;

/** An amount of wei: an unsigned 256-bit integer. */
public final class Wei implements Comparable<Wei> {
    private static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    public static final Wei ZERO = new Wei(BigInteger.ZERO);
    private static final BigInteger WEI_PER_GWEI = BigInteger.valueOf(1_000_000_000L);
    private static final BigInteger WEI_PER_ETHER = BigInteger.TEN.pow(18);

    private final BigInteger value;

    private Wei(BigInteger value) {
        this.value = value;
    }

    public static Wei of(BigInteger value) {
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("wei out of the 256-bit unsigned range: " + value);
        }
        return value.signum() == 0 ? ZERO : new Wei(value);
    }

    public static Wei of(long value) {
        return of(BigInteger.valueOf(value));
    }

    public static Wei gwei(long gwei) {
        return of(BigInteger.valueOf(gwei).multiply(WEI_PER_GWEI));
    }

    public static Wei ether(long ether) {
        return of(BigInteger.valueOf(ether).multiply(WEI_PER_ETHER));
    }

    /** Parses a {@code 0x} quantity or a decimal string. */
    public static Wei parse(String s) {
        return s.startsWith("0x") || s.startsWith("0X")
                ? of(s.length() == 2 ? BigInteger.ZERO : new BigInteger(s.substring(2), 16))
                : of(new BigInteger(s));
    }

    public BigInteger toBigInteger() {
        return value;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public Wei plus(Wei other) {
        return of(value.add(other.value));
    }

    /** @throws ArithmeticException when the result would be negative */
    public Wei minus(Wei other) {
        BigInteger r = value.subtract(other.value);
        if (r.signum() < 0) throw new ArithmeticException("wei underflow: " + this + " - " + other);
        return of(r);
    }

    public Wei times(long factor) {
        return of(value.multiply(BigInteger.valueOf(factor)));
    }

    /** The minimal {@code 0x} quantity, as JSON-RPC writes amounts. */
    public String toQuantity() {
        return "0x" + value.toString(16);
    }

    @Override
    public int compareTo(Wei o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Wei other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
