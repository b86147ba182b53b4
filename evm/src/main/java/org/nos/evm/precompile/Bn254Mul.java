package org.nos.evm.precompile;

import org.nos.evm.precompile.bn254.G1Point;

/** 0x07 ECMUL on bn254 (EIP-196, EIP-1108 price): a G1 point and a 256-bit scalar in, their product out. */
public final class Bn254Mul implements Precompile {
    @Override
    public long gas(byte[] input) {
        return 6000;
    }

    @Override
    public byte[] run(byte[] input) {
        byte[] in = Input.padded(input, 0, 96);
        G1Point p = G1Point.decode(in, 0);
        if (p == null) return null;
        return p.mul(Input.word(in, 64)).encode();
    }
}
