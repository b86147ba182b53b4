package org.nos.evm.precompile;

import java.util.ArrayList;
import java.util.List;
import org.nos.evm.precompile.bn254.G1Point;
import org.nos.evm.precompile.bn254.G2Point;
import org.nos.evm.precompile.bn254.Pairing;

/**
 * 0x08 ECPAIRING on bn254 (EIP-197, EIP-1108 price): k pairs of (G1, G2) points, 192 bytes each; outputs 1 as a
 * 32-byte word when the product of their pairings is one (also for k = 0), else 0. Fails on a length that is not a
 * multiple of 192, a coordinate not below p, a point off its curve, or a G2 point outside the order-r subgroup.
 */
public final class Bn254Pairing implements Precompile {
    private static final int PAIR_SIZE = 192;

    @Override
    public long gas(byte[] input) {
        return 45_000 + 34_000L * (input.length / PAIR_SIZE);
    }

    @Override
    public byte[] run(byte[] input) {
        if (input.length % PAIR_SIZE != 0) return null;
        int k = input.length / PAIR_SIZE;
        List<G1Point> ps = new ArrayList<>(k);
        List<G2Point> qs = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            G1Point p = G1Point.decode(input, i * PAIR_SIZE);
            G2Point q = p == null ? null : G2Point.decode(input, i * PAIR_SIZE + G1Point.ENCODED_SIZE);
            if (q == null) return null;
            ps.add(p);
            qs.add(q);
        }
        byte[] out = new byte[32];
        if (Pairing.isProductOne(ps, qs)) out[31] = 1;
        return out;
    }
}
