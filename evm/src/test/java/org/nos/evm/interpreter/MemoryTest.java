package org.nos.evm.interpreter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nos.protocol.crypto.Keccak256;

/**
 * Memory against a plain byte array doing the same operations: words and bytes at every alignment, copies in from
 * short sources, overlapping MCOPY, slices and KECCAK256, over thousands of seeded random operations.
 */
class MemoryTest {
    private static final int LIMIT = 2048;

    @Test
    void behavesAsAByteArrayAtEveryAlignment() {
        SplittableRandom random = new SplittableRandom(7);
        Memory memory = new Memory();
        byte[] model = new byte[LIMIT + 64];
        int modelSize = 0;
        long[] stack = new long[8];
        for (int step = 0; step < 20_000; step++) {
            int op = random.nextInt(7);
            int offset = random.nextInt(LIMIT - 100);
            int length = random.nextInt(100);
            memory.grow(offset, Math.max(length, 32));
            modelSize = Math.max(modelSize, (int) (Gas.words(offset + Math.max(length, 32)) << 5));
            assertEquals(modelSize, memory.size(), "size after step " + step);
            switch (op) {
                case 0 -> { // MSTORE
                    for (int i = 0; i < 4; i++) stack[4 + i] = random.nextLong();
                    memory.storeWord(offset, stack, 4);
                    for (int i = 0; i < 32; i++) {
                        model[offset + i] = (byte) (stack[4 + 3 - i / 8] >>> (56 - 8 * (i % 8)));
                    }
                }
                case 1 -> { // MLOAD
                    memory.loadWord(offset, stack, 0);
                    for (int i = 0; i < 32; i++) {
                        assertEquals(model[offset + i], (byte) (stack[3 - i / 8] >>> (56 - 8 * (i % 8))), "MLOAD at " + offset);
                    }
                }
                case 2 -> { // MSTORE8
                    byte b = (byte) random.nextInt();
                    memory.storeByte(offset, b);
                    model[offset] = b;
                }
                case 3 -> { // CALLDATACOPY-like, from a source that may end early
                    byte[] src = new byte[random.nextInt(120)];
                    random.nextBytes(src);
                    long srcOffset = random.nextInt(140);
                    memory.copyIn(offset, src, srcOffset, length);
                    for (int i = 0; i < length; i++) {
                        model[offset + i] = srcOffset + i < src.length ? src[(int) (srcOffset + i)] : 0;
                    }
                }
                case 4 -> { // MCOPY, possibly overlapping
                    int src = Math.max(0, Math.min(LIMIT - 100, offset + random.nextInt(-40, 40)));
                    memory.grow(src, Math.max(length, 1));
                    modelSize = Math.max(modelSize, (int) (Gas.words(src + Math.max(length, 1)) << 5));
                    memory.copyWithin(offset, src, length);
                    System.arraycopy(model, src, model, offset, length);
                }
                case 5 -> assertArrayEquals(Arrays.copyOfRange(model, offset, offset + length), memory.slice(offset, length));
                default -> { // KECCAK256
                    long[] lanes = new long[25];
                    memory.hashToLanes(offset, length, lanes);
                    long[] expected = new long[25];
                    Keccak256.hashToLanes(model, offset, length, expected);
                    assertArrayEquals(Arrays.copyOf(expected, 4), Arrays.copyOf(lanes, 4), "KECCAK256 at " + offset + "+" + length);
                }
            }
        }
        assertArrayEquals(Arrays.copyOf(model, modelSize), memory.slice(0, modelSize));
        memory.reset();
        memory.grow(0, modelSize);
        assertArrayEquals(new byte[modelSize], memory.slice(0, modelSize), "a reset memory is zero again");
    }
}
