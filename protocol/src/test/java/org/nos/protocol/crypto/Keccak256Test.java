package org.nos.protocol.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nos.protocol.base.Hex;

class Keccak256Test {
    @ParameterizedTest
    @CsvSource({
        "'', 0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
        "abc, 0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
        "The quick brown fox jumps over the lazy dog, 0x4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15"
    })
    void hashesKnownVectors(String input, String expected) {
        assertEquals(expected, Hex.encode(Keccak256.hash(input.getBytes(StandardCharsets.US_ASCII))));
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "7", "8", "9", "131", "135", "136", "137", "143", "144", "272", "1000"})
    void agreesWithBouncyCastleAcrossBlockBoundaries(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) data[i] = (byte) (i * 31 + 7);
        org.bouncycastle.jcajce.provider.digest.Keccak.Digest256 reference =
                new org.bouncycastle.jcajce.provider.digest.Keccak.Digest256();
        assertEquals(Hex.encode(reference.digest(data)), Hex.encode(Keccak256.hash(data)));
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "7", "8", "9", "31", "32", "64", "131", "135", "136", "137", "143", "144", "272", "1000"})
    void hashesBigEndianLongsAsTheirBytes(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) data[i] = (byte) (i * 31 + 7);
        long[] words = new long[2 + (length + 7) / 8 + 1];
        java.util.Arrays.fill(words, -1L); // bytes around the input must not reach the hash
        for (int i = 0; i < (length + 7) / 8; i++) words[2 + i] = 0;
        for (int i = 0; i < length; i++) words[2 + i / 8] |= (data[i] & 0xffL) << (56 - 8 * (i % 8));
        if (length % 8 != 0) words[2 + length / 8] |= -1L >>> (8 * (length % 8));

        long[] fromLongs = new long[25];
        long[] fromBytes = new long[25];
        java.util.Arrays.fill(fromLongs, 42L); // whatever the state held before
        Keccak256.hashBigEndianLongsToLanes(words, 2, length, fromLongs);
        Keccak256.hashToLanes(data, 0, length, fromBytes);
        assertEquals(java.util.Arrays.toString(java.util.Arrays.copyOf(fromBytes, 4)),
                java.util.Arrays.toString(java.util.Arrays.copyOf(fromLongs, 4)));
    }
}
