package org.nos.evm.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.Test;
import org.nos.evm.Word;

/** Differential tests: every 256-bit operation against a BigInteger model, over edge values and random words. */
class ArithmeticTest {
    private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);
    private static final BigInteger MAX = MOD.subtract(BigInteger.ONE);
    private final Arithmetic math = new Arithmetic();

    private static List<BigInteger> samples() {
        List<BigInteger> v = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, MAX,
                MAX.subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(255), BigInteger.ONE.shiftLeft(64),
                BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(128).add(BigInteger.TEN),
                BigInteger.valueOf(31), BigInteger.valueOf(32), BigInteger.valueOf(255), BigInteger.valueOf(256),
                // the division fast paths: powers of two, divisors around 2^31, a negative small divisor
                BigInteger.ONE.shiftLeft(31), BigInteger.ONE.shiftLeft(31).subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(32), BigInteger.ONE.shiftLeft(160), BigInteger.valueOf(1_000_000),
                MOD.subtract(BigInteger.valueOf(1_000_000))));
        Random r = new Random(42);
        for (int i = 0; i < 60; i++) v.add(new BigInteger(1 + r.nextInt(256), r));
        return v;
    }

    private static long[] stack(BigInteger... top) {
        long[] s = new long[4 * top.length];
        for (int i = 0; i < top.length; i++) Word.fromBigInteger(top[i]).store(s, 4 * (top.length - 1 - i));
        return s;
    }

    private static BigInteger signed(BigInteger x) {
        return x.testBit(255) ? x.subtract(MOD) : x;
    }

    private static BigInteger unsigned(BigInteger x) {
        return x.mod(MOD);
    }

    private interface StackOp {
        void apply(long[] s, int a, int b);
    }

    private void checkBinary(String name, StackOp op, BinaryOperator<BigInteger> model) {
        for (BigInteger a : samples()) {
            for (BigInteger b : samples()) {
                long[] s = stack(a, b);
                op.apply(s, 4, 0);
                assertEquals(model.apply(a, b), Word.load(s, 0).toBigInteger(), name + "(" + a + ", " + b + ")");
            }
        }
    }

    @Test
    void binaryOperationsMatchTheModel() {
        checkBinary("ADD", Arithmetic::add, (a, b) -> a.add(b).mod(MOD));
        checkBinary("SUB", Arithmetic::sub, (a, b) -> a.subtract(b).mod(MOD));
        checkBinary("MUL", (s, a, b) -> Arithmetic.mul(s, a, s, b, s, b), (a, b) -> a.multiply(b).mod(MOD));
        checkBinary("DIV", math::div, (a, b) -> b.signum() == 0 ? BigInteger.ZERO : a.divide(b));
        checkBinary("MOD", math::mod, (a, b) -> b.signum() == 0 ? BigInteger.ZERO : a.mod(b));
        checkBinary("SDIV", math::sdiv, (a, b) -> b.signum() == 0 ? BigInteger.ZERO
                : unsigned(signed(a).divide(signed(b))));
        checkBinary("SMOD", math::smod, (a, b) -> b.signum() == 0 ? BigInteger.ZERO
                : unsigned(signed(a).abs().mod(signed(b).abs()).multiply(BigInteger.valueOf(signed(a).signum() < 0 ? -1 : 1))));
        checkBinary("EXP", math::exp, (a, b) -> a.modPow(b, MOD));
        checkBinary("SHL", Arithmetic::shl, (shift, x) -> shift.compareTo(BigInteger.valueOf(256)) >= 0 ? BigInteger.ZERO
                : x.shiftLeft(shift.intValue()).mod(MOD));
        checkBinary("SHR", (s, a, b) -> Arithmetic.shr(s, a, b, false), (shift, x) ->
                shift.compareTo(BigInteger.valueOf(256)) >= 0 ? BigInteger.ZERO : x.shiftRight(shift.intValue()));
        checkBinary("SAR", (s, a, b) -> Arithmetic.shr(s, a, b, true), (shift, x) -> unsigned(
                signed(x).shiftRight(shift.compareTo(BigInteger.valueOf(256)) >= 0 ? 256 : shift.intValue())));
        checkBinary("BYTE", Arithmetic::byteOp, (i, x) -> i.compareTo(BigInteger.valueOf(32)) >= 0 ? BigInteger.ZERO
                : x.shiftRight(8 * (31 - i.intValue())).and(BigInteger.valueOf(255)));
        checkBinary("SIGNEXTEND", Arithmetic::signExtend, (b, x) -> {
            if (b.compareTo(BigInteger.valueOf(31)) >= 0) return x;
            int bits = 8 * (b.intValue() + 1);
            BigInteger low = x.mod(BigInteger.ONE.shiftLeft(bits));
            return low.testBit(bits - 1) ? unsigned(low.subtract(BigInteger.ONE.shiftLeft(bits))) : low;
        });
    }

    @Test
    void comparisonsMatchTheModel() {
        for (BigInteger a : samples()) {
            for (BigInteger b : samples()) {
                long[] s = stack(a, b);
                assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(Arithmetic.compareUnsigned(s, 4, 0)));
                assertEquals(Integer.signum(signed(a).compareTo(signed(b))), Integer.signum(Arithmetic.compareSigned(s, 4, 0)));
            }
        }
    }

    @Test
    void modularOperationsMatchTheModel() {
        List<BigInteger> values = samples();
        for (BigInteger a : values) {
            for (BigInteger b : values.subList(0, 25)) {
                for (BigInteger n : values.subList(20, 40)) {
                    long[] s = stack(a, b, n);
                    math.addMod(s, 8, 4, 0);
                    BigInteger want = n.signum() == 0 ? BigInteger.ZERO : a.add(b).mod(n);
                    assertEquals(want, Word.load(s, 0).toBigInteger(), "ADDMOD " + a + " " + b + " " + n);
                    s = stack(a, b, n);
                    math.mulMod(s, 8, 4, 0);
                    want = n.signum() == 0 ? BigInteger.ZERO : a.multiply(b).mod(n);
                    assertEquals(want, Word.load(s, 0).toBigInteger(), "MULMOD " + a + " " + b + " " + n);
                }
            }
        }
    }

    @Test
    void byteLengthCountsSignificantBytes() {
        assertEquals(0, Arithmetic.byteLength(stack(BigInteger.ZERO), 0));
        assertEquals(1, Arithmetic.byteLength(stack(BigInteger.valueOf(255)), 0));
        assertEquals(2, Arithmetic.byteLength(stack(BigInteger.valueOf(256)), 0));
        assertEquals(32, Arithmetic.byteLength(stack(MAX), 0));
    }

    /** Words built from extreme limbs (0, 1, all ones, top bit only, random), which drive division's rare paths. */
    private static BigInteger limbWord(Random r) {
        long[] limbs = new long[4];
        for (int i = 0; i < 4; i++) {
            long[] choices = {0, 1, -1L, Long.MIN_VALUE, Long.MAX_VALUE, r.nextLong(), r.nextLong() >>> r.nextInt(64)};
            limbs[i] = choices[r.nextInt(choices.length)];
        }
        return Word.of(limbs[0], limbs[1], limbs[2], limbs[3]).toBigInteger();
    }

    @Test
    void divisionByTwoLimbDivisorsMatchesTheModel() {
        Random r = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            BigInteger a = limbWord(r);
            BigInteger b = limbWord(r).mod(BigInteger.ONE.shiftLeft(128)).setBit(64 + r.nextInt(64));
            long[] s = stack(a, b);
            math.div(s, 4, 0);
            assertEquals(a.divide(b), Word.load(s, 0).toBigInteger(), "DIV " + a + " " + b);
            s = stack(a, b);
            math.mod(s, 4, 0);
            assertEquals(a.mod(b), Word.load(s, 0).toBigInteger(), "MOD " + a + " " + b);
        }
    }

    @Test
    void divisionMatchesTheModelOnExtremeLimbs() {
        Random r = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            BigInteger a = limbWord(r), b = limbWord(r), n = limbWord(r);
            long[] s = stack(a, b);
            math.div(s, 4, 0);
            assertEquals(b.signum() == 0 ? BigInteger.ZERO : a.divide(b), Word.load(s, 0).toBigInteger(), "DIV " + a + " " + b);
            s = stack(a, b);
            math.mod(s, 4, 0);
            assertEquals(b.signum() == 0 ? BigInteger.ZERO : a.mod(b), Word.load(s, 0).toBigInteger(), "MOD " + a + " " + b);
            s = stack(a, b, n);
            math.mulMod(s, 8, 4, 0);
            assertEquals(n.signum() == 0 ? BigInteger.ZERO : a.multiply(b).mod(n), Word.load(s, 0).toBigInteger(),
                    "MULMOD " + a + " " + b + " " + n);
            s = stack(a, b, n);
            math.addMod(s, 8, 4, 0);
            assertEquals(n.signum() == 0 ? BigInteger.ZERO : a.add(b).mod(n), Word.load(s, 0).toBigInteger(),
                    "ADDMOD " + a + " " + b + " " + n);
        }
    }
}
