package org.nos.evm.precompile;

import org.nos.evm.precompile.bn254.G1Point;

/** 0x06 ECADD on bn254 (EIP-196, EIP-1108 price): two G1 points in, their sum out; invalid points fail. */
public final class Bn254Add implements Precompile {
    @Override
    public long gas(byte[] input) {
        return 150;
    }

    @Override
    public byte[] run(byte[] input) {
        byte[] in = Input.padded(input, 0, 128);
        G1Point a = G1Point.decode(in, 0);
        G1Point b = G1Point.decode(in, 64);
        if (a == null || b == null) return null;
        return a.add(b).encode();
    }
}
