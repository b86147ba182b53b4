package org.nos.protocol.rlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nos.protocol.base.Hex;

class RlpTest {
    @ParameterizedTest
    @CsvSource({
        "0, 0x80", "1, 0x01", "127, 0x7f", "128, 0x8180", "256, 0x820100", "1024, 0x820400",
        "9223372036854775807, 0x887fffffffffffffff"
    })
    void encodesIntegers(long value, String expected) {
        assertEquals(expected, Hex.encode(Rlp.encodeLong(value)));
        assertEquals(value, RlpReader.of(Hex.decode(expected)).readLong());
    }

    @Test
    void encodesStringsAndLists() {
        assertEquals("0x83646f67", Hex.encode(Rlp.encodeBytes("dog".getBytes())));
        assertEquals("0xc88363617483646f67",
                Hex.encode(Rlp.encodeList(Rlp.encodeBytes("cat".getBytes()), Rlp.encodeBytes("dog".getBytes()))));
        byte[] lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit".getBytes();
        byte[] encoded = Rlp.encodeBytes(lorem);
        assertEquals("0xb838", Hex.encode(encoded, 0, 2));
        assertArrayEquals(lorem, RlpReader.of(encoded).readBytes());
        assertEquals(BigInteger.ONE.shiftLeft(255), RlpReader.of(Rlp.encodeBigInteger(BigInteger.ONE.shiftLeft(255))).readBigInteger());
    }

    @ParameterizedTest
    @CsvSource({
        "0x8100, single byte below 0x80 wrapped in a header",
        "0x817f, single byte below 0x80 wrapped in a header",
        "0xb80100, long form for a short string",
        "0xb90001aa, length with leading zero",
        "0x820001, integer with leading zero",
        "0x83aabb, overrun",
        "0xc3aabb, list payload overruns",
        "0x0102, trailing bytes"
    })
    void rejectsNonCanonicalInput(String hex, String why) {
        assertThrows(RlpException.class, () -> {
            RlpReader r = RlpReader.of(Hex.decode(hex));
            if (r.nextIsList()) r.readList(); else r.readLong();
            r.requireEnd();
        }, why);
    }
}
