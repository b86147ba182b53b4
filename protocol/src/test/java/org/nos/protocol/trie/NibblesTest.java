package org.nos.protocol.trie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nos.protocol.base.Hex;

class NibblesTest {
    /** The hex-prefix examples of the Yellow Paper / Ethereum wiki. */
    @ParameterizedTest
    @CsvSource({
        "'1,2,3,4,5', false, 0x112345",
        "'0,1,2,3,4,5', false, 0x00012345",
        "'0,15,1,12,11,8', true, 0x200f1cb8",
        "'15,1,12,11,8', true, 0x3f1cb8",
        "'', true, 0x20",
    })
    void compactEncoding(String nibbles, boolean leaf, String expected) {
        byte[] path = parse(nibbles);
        assertEquals(expected, Hex.encode(Nibbles.compact(path, leaf)));
        assertArrayEquals(path, Nibbles.fromCompact(Hex.decode(expected)));
        assertEquals(leaf, Nibbles.isLeaf(Hex.decode(expected)));
    }

    private static byte[] parse(String csv) {
        if (csv.isEmpty()) return new byte[0];
        String[] parts = csv.split(",");
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = Byte.parseByte(parts[i]);
        return out;
    }
}
