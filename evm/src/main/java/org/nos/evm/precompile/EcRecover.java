package org.nos.evm.precompile;

import java.math.BigInteger;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.crypto.Secp256k1;

/**
 * 0x01 ECRECOVER: input hash, v, r, s (32 bytes each); output the signer's address left-padded to 32 bytes, or an
 * empty output (a success, not a failure) when v is not 27 or 28, r or s is out of range, or no key recovers.
 */
public final class EcRecover implements Precompile {
    private static final byte[] EMPTY = new byte[0];
    private static final long GAS = 3000;

    @Override
    public long gas(byte[] input) {
        return GAS;
    }

    @Override
    public byte[] run(byte[] input) {
        byte[] in = Input.padded(input, 0, 128);
        for (int i = 32; i < 63; i++) {
            if (in[i] != 0) return EMPTY;
        }
        int v = in[63] & 0xff;
        if (v != 27 && v != 28) return EMPTY;
        Hash digest = Hash.of(Input.padded(in, 0, 32));
        BigInteger r = Input.word(in, 64);
        BigInteger s = Input.word(in, 96);
        Address signer = Secp256k1.get().ecrecover(digest, v - 27, r, s);
        return signer == null ? EMPTY : Input.leftPad32(signer.unsafeArray());
    }
}
