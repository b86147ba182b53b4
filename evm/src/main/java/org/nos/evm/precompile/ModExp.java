package org.nos.evm.precompile;

import java.math.BigInteger;

/**
 * 0x05 MODEXP (EIP-198) with the EIP-2565 price. The input declares three 32-byte lengths then holds base, exponent
 * and modulus; reads past the end of the input are zeros. The price is computed from the declared lengths without
 * allocating them.
 */
public final class ModExp implements Precompile {
    private static final long MIN_GAS = 200;
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger THIRTY_TWO = BigInteger.valueOf(32);
    /** Lengths above this cannot have been paid for; run refuses them instead of allocating. */
    private static final BigInteger MAX_RUN_LENGTH = BigInteger.valueOf(1 << 28);

    @Override
    public long gas(byte[] input) {
        BigInteger baseLen = Input.word(input, 0);
        BigInteger expLen = Input.word(input, 32);
        BigInteger modLen = Input.word(input, 64);
        BigInteger words = baseLen.max(modLen).add(BigInteger.valueOf(7)).shiftRight(3);
        BigInteger complexity = words.multiply(words);
        BigInteger iterations;
        if (expLen.compareTo(THIRTY_TWO) <= 0) {
            iterations = BigInteger.valueOf(headBits(input, baseLen, expLen.intValue()));
        } else {
            iterations = expLen.subtract(THIRTY_TWO).shiftLeft(3).add(BigInteger.valueOf(headBits(input, baseLen, 32)));
        }
        iterations = iterations.max(BigInteger.ONE);
        BigInteger gas = complexity.multiply(iterations).divide(BigInteger.valueOf(3));
        if (gas.compareTo(LONG_MAX) > 0) return Long.MAX_VALUE;
        return Math.max(MIN_GAS, gas.longValue());
    }

    @Override
    public byte[] run(byte[] input) {
        BigInteger baseLenWord = Input.word(input, 0);
        BigInteger expLenWord = Input.word(input, 32);
        BigInteger modLenWord = Input.word(input, 64);
        if (modLenWord.signum() == 0) return new byte[0];
        if (baseLenWord.compareTo(MAX_RUN_LENGTH) > 0 || expLenWord.compareTo(MAX_RUN_LENGTH) > 0
                || modLenWord.compareTo(MAX_RUN_LENGTH) > 0) {
            return null;
        }
        int baseLen = baseLenWord.intValueExact();
        int expLen = expLenWord.intValueExact();
        int modLen = modLenWord.intValueExact();
        BigInteger base = new BigInteger(1, Input.padded(input, 96, baseLen));
        BigInteger exp = new BigInteger(1, Input.padded(input, 96L + baseLen, expLen));
        BigInteger mod = new BigInteger(1, Input.padded(input, 96L + baseLen + expLen, modLen));
        byte[] out = new byte[modLen];
        if (mod.signum() == 0) return out;
        byte[] result = base.modPow(exp, mod).toByteArray();
        int skip = result.length > modLen ? result.length - modLen : 0; // a sign byte
        System.arraycopy(result, skip, out, modLen - (result.length - skip), result.length - skip);
        return out;
    }

    /**
     * The index of the highest set bit (0 when none) of the first {@code length} (at most 32) bytes of the
     * exponent, which starts at 96 + baseLen.
     */
    private static long headBits(byte[] input, BigInteger baseLen, int length) {
        BigInteger offset = baseLen.add(BigInteger.valueOf(96));
        if (offset.compareTo(BigInteger.valueOf(input.length)) >= 0) return 0;
        BigInteger head = new BigInteger(1, Input.padded(input, offset.longValue(), length));
        return Math.max(head.bitLength() - 1, 0);
    }
}
