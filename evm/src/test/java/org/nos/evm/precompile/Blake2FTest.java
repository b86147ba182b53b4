package org.nos.evm.precompile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.nos.evm.precompile.Bn254PrecompilesTest.hex;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The EIP-152 test vectors 4 to 8 and its failure cases. */
class Blake2FTest {
    /** h, m, t of the "abc" vectors; each vector prefixes the rounds and appends the final flag. */
    private static final String BODY = "48c9bdf267e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d182e6ad7f520e511f6c3e2b8c68059b6bbd41fbabd9831f79217e1319cde05b"
            + "6162630000000000000000000000000000000000000000000000000000000000" + "0".repeat(192)
            + "03000000000000000000000000000000";

    @ParameterizedTest(name = "EIP-152 vector {0}")
    @CsvSource({
        "4, 00000000, 01, 0, 08c9bcf367e6096a3ba7ca8485ae67bb2bf894fe72f36e3cf1361d5f3af54fa5d282e6ad7f520e511f6c3e2b8c68059b9442be0454267ce079217e1319cde05b",
        "5, 0000000c, 01, 12, ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923",
        "6, 0000000c, 00, 12, 75ab69d3190a562c51aef8d88f1c2775876944407270c42c9844252c26d2875298743e7f6d5ea2f2d3e8d226039cd31b4e426ac4f2d3d666a610c2116fde4735",
        "7, 00000001, 01, 1, b63a380cb2897d521994a85234ee2c181b5f844d2c624c002677e9703449d2fba551b3a8333bcdf5f2f7e08993d53923de3d64fcc68c034e717b9293fed7a421",
        "8, 007A1200, 01, 8000000, 6d2ce9e534d50e18ff866ae92d70cceba79bbcd14c63819fe48752c8aca87a4bb7dcc230d22a4047f0486cfcfb50a17b24b2899eb8fca370f22240adb5170189",
    })
    void vectors(int vector, String rounds, String flag, long gas, String expected) {
        byte[] input = hex(rounds + BODY + flag);
        assertEquals(213, input.length);
        Blake2F f = new Blake2F();
        assertEquals(gas, f.gas(input));
        assertArrayEquals(hex(expected), f.run(input), "vector " + vector);
    }

    @Test
    void failures() {
        Blake2F f = new Blake2F();
        assertNull(f.run(new byte[0]), "vector 0: empty");
        assertNull(f.run(hex("00000c" + BODY + "01")), "vector 1: too short");
        assertNull(f.run(hex("000000000c" + BODY + "01")), "vector 2: too long");
        assertNull(f.run(hex("0000000c" + BODY + "02")), "vector 3: final flag 2");
        assertEquals(0, f.gas(hex("00000c" + BODY + "01")));
        assertEquals(0xffffffffL, f.gas(hex("ffffffff" + BODY + "01")), "rounds are unsigned");
    }
}
