package org.nos.evm.precompile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nos.evm.precompile.Bn254PrecompilesTest.hex;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EIP-198 examples and the nagydani vectors with their EIP-2565 prices. */
class ModExpTest {
    private static final String NAGYDANI_1_BASE = "e09ad9675465c53a109fac66a445c91b292d2bb2c5268addb30cd82f80fcb0033ff97c80a5fc6f39193ae969c6ede6710a6b7ac27078a06d90ef1c72e5c85fb5";
    private static final String NAGYDANI_1_MOD = "fc9e1f6beb81516545975218075ec2af118cd8798df6e08a147c60fd6095ac2bb02c2908cf4dd7c81f11c289e4bce98f3553768f392a80ce22bf5c4f4a248c6b";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "eip_example1, 1360, 0000000000000000000000000000000000000000000000000000000000000001000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000200"
                + "3fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2efffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f, 0000000000000000000000000000000000000000000000000000000000000001",
        "eip_example2, 1360, 000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000200000000000000000000000000000000000000000000000000000000000000020"
                + "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2efffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f, 0000000000000000000000000000000000000000000000000000000000000000",
        "nagydani-1-square, 200, 000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000040"
                + NAGYDANI_1_BASE + "02" + NAGYDANI_1_MOD
                + ", 60008f1614cc01dcfb6bfb09c625cf90b47d4468db81b5f8b7a39d42f332eab9b2da8f2d95311648a8f243f4bb13cfb3d8f7f2a3c014122ebb3ed41b02783adc",
        "nagydani-1-qube, 200, 000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000040"
                + NAGYDANI_1_BASE + "03" + NAGYDANI_1_MOD
                + ", 4834a46ba565db27903b1c720c9d593e84e4cbd6ad2e64b31885d944f68cd801f92225a8961c952ddf2797fa4701b330c85c4b363798100b921a1a22a46a7fec",
        "nagydani-1-pow0x10001, 341, 000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000000030000000000000000000000000000000000000000000000000000000000000040"
                + NAGYDANI_1_BASE + "010001" + NAGYDANI_1_MOD
                + ", c36d804180c35d4426b57b50c5bfcca5c01856d104564cd513b461d3c8b8409128a5573e416d0ebe38f5f736766d9dc27143e4da981dfa4d67f7dc474cbee6d2",
    })
    void vectors(String name, long gas, String input, String expected) {
        ModExp modExp = new ModExp();
        assertEquals(gas, modExp.gas(hex(input)), name);
        assertArrayEquals(hex(expected), modExp.run(hex(input)), name);
    }

    @Test
    void hugeDeclaredLengthsArePricedWithoutAllocation() {
        ModExp modExp = new ModExp();
        byte[] huge = hex("ff".repeat(32) + "ff".repeat(32) + "ff".repeat(32));
        assertEquals(Long.MAX_VALUE, modExp.gas(huge));
        // base and modulus empty, a 2^256 - 1 byte exponent: nothing to multiply, minimum price, empty output
        byte[] hugeExponent = hex("00".repeat(32) + "ff".repeat(32) + "00".repeat(32));
        assertEquals(200, modExp.gas(hugeExponent));
        assertArrayEquals(new byte[0], modExp.run(hugeExponent));
        byte[] hugeModulusLength = hex("00".repeat(32) + "00".repeat(32) + "00".repeat(28) + "ffffffff");
        assertEquals(536_870_912L * 536_870_912L / 3, modExp.gas(hugeModulusLength));
        assertEquals(null, modExp.run(hugeModulusLength), "a length nobody can pay for is refused, not allocated");
    }

    @Test
    void edgeCases() {
        ModExp modExp = new ModExp();
        assertArrayEquals(new byte[0], modExp.run(new byte[0]));
        assertEquals(200, modExp.gas(new byte[0]));
        // 3^5 mod 0 with a 2-byte modulus: zeros
        assertArrayEquals(new byte[2], modExp.run(hex(len(1) + len(1) + len(2) + "03" + "05" + "0000")));
        // reads past the end are zeros: base 3, exponent 5, modulus declared 2 bytes but only "01" given -> 0x0100
        assertArrayEquals(hex("00f3"), modExp.run(hex(len(1) + len(1) + len(2) + "03" + "05" + "01")));
        // x^0 mod m = 1, and anything mod 1 = 0
        assertArrayEquals(hex("0001"), modExp.run(hex(len(1) + len(0) + len(2) + "07" + "0100")));
        assertArrayEquals(hex("00"), modExp.run(hex(len(1) + len(1) + len(1) + "07" + "02" + "01")));
        // an exponent longer than 32 bytes: 8·(len - 32) plus the high bit index of its first word
        String exp = "01" + "00".repeat(39);
        assertEquals(64L * (8 * 8 + 248) / 3,
                modExp.gas(hex(len(64) + len(40) + len(64) + "00".repeat(64) + exp)));
    }

    private static String len(int n) {
        return String.format("%064x", n);
    }
}
