package org.nos.evm.precompile;

import org.bouncycastle.crypto.digests.RIPEMD160Digest;

/** 0x03 RIPEMD160: 600 gas plus 120 per word; the 20-byte digest left-padded to 32 bytes. */
public final class Ripemd160 implements Precompile {
    @Override
    public long gas(byte[] input) {
        return Input.linearGas(input, 600, 120);
    }

    @Override
    public byte[] run(byte[] input) {
        RIPEMD160Digest digest = new RIPEMD160Digest();
        digest.update(input, 0, input.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 12);
        return out;
    }
}
