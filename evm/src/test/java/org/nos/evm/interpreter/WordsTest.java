package org.nos.evm.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nos.evm.Word;

class WordsTest {
    @Test
    void pushReadsEveryImmediateSizeAtEveryAlignment() {
        Random r = new Random(3);
        byte[] code = new byte[96 + 32]; // the zero padding CodeAnalysis adds after the code
        for (int i = 0; i < 96; i++) code[i] = (byte) r.nextInt(256);
        long[] s = new long[8];
        for (int n = 1; n <= 32; n++) {
            for (int start = 0; start + n <= 96; start += 7) {
                Arrays.fill(s, -1L); // a stale word underneath must not leak into the pushed one
                Words.putPush(s, 4, code, start, n);
                BigInteger expected = new BigInteger(1, Arrays.copyOfRange(code, start, start + n));
                assertEquals(expected, Word.load(s, 4).toBigInteger(), "PUSH" + n + " at " + start);
                assertEquals(-1L, s[3], "PUSH" + n + " wrote below its slot");
            }
        }
    }
}
