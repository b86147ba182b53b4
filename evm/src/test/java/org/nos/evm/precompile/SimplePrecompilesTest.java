package org.nos.evm.precompile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nos.evm.precompile.Bn254PrecompilesTest.hex;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Hash;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.crypto.Secp256k1;
import org.nos.protocol.crypto.Signature;

class SimplePrecompilesTest {
    private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

    @Test
    void sha256() {
        Sha256 sha = new Sha256();
        assertArrayEquals(hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), sha.run(new byte[0]));
        assertArrayEquals(hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), sha.run(ABC));
        assertEquals(60, sha.gas(new byte[0]));
        assertEquals(72, sha.gas(new byte[1]));
        assertEquals(72, sha.gas(new byte[32]));
        assertEquals(84, sha.gas(new byte[33]));
    }

    @Test
    void ripemd160() {
        Ripemd160 ripemd = new Ripemd160();
        assertArrayEquals(hex("0".repeat(24) + "9c1185a5c5e9fc54612808977ee8f548b2258d31"), ripemd.run(new byte[0]));
        assertArrayEquals(hex("0".repeat(24) + "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"), ripemd.run(ABC));
        assertEquals(600, ripemd.gas(new byte[0]));
        assertEquals(840, ripemd.gas(new byte[64]));
    }

    @Test
    void identity() {
        Identity identity = new Identity();
        byte[] input = {1, 2, 3};
        byte[] out = identity.run(input);
        assertArrayEquals(input, out);
        out[0] = 9;
        assertEquals(1, input[0], "the output is a copy");
        assertEquals(15, identity.gas(new byte[0]));
        assertEquals(18, identity.gas(new byte[32]));
        assertEquals(21, identity.gas(new byte[33]));
    }

    @Test
    void ecrecoverVector() {
        // go-ethereum's ecRecover.json vector: signer 0xceaccac640adf55b2028469bd36ba501f28b699d
        byte[] input = hex("38d18acb67d25c8bb9942764b62f18e17054f66a817bd4295423adf9ed98873e"
                + "000000000000000000000000000000000000000000000000000000000000001b"
                + "38d18acb67d25c8bb9942764b62f18e17054f66a817bd4295423adf9ed98873e"
                + "789d1dd423d25f0772d2748d60f7e4b81bb14d086eba8e8e8efb6dcff8a4ae02");
        EcRecover ecrecover = new EcRecover();
        assertArrayEquals(hex("000000000000000000000000ceaccac640adf55b2028469bd36ba501f28b699d"), ecrecover.run(input));
        assertEquals(3000, ecrecover.gas(input));
    }

    @Test
    void ecrecoverRoundTripAcceptsHighS() {
        PrivateKey key = PrivateKey.fromHex("0x4646464646464646464646464646464646464646464646464646464646464646");
        Hash digest = Hash.keccak(ABC);
        Signature sig = Secp256k1.get().sign(digest, key);
        byte[] expected = Input.leftPad32(Secp256k1.addressOf(Secp256k1.get().publicKey(key)).toArray());
        EcRecover ecrecover = new EcRecover();
        assertArrayEquals(expected, ecrecover.run(input(digest, 27 + sig.recId(), sig.r(), sig.s())));
        // the same signature with s' = n - s and the other recovery id: valid for ECRECOVER (no EIP-2 rule)
        BigInteger highS = Secp256k1.N.subtract(sig.s());
        assertArrayEquals(expected, ecrecover.run(input(digest, 28 - sig.recId(), sig.r(), highS)));
    }

    @Test
    void ecrecoverBadInputGivesEmptyOutput() {
        Hash digest = Hash.keccak(ABC);
        EcRecover ecrecover = new EcRecover();
        BigInteger one = BigInteger.ONE;
        assertArrayEquals(new byte[0], ecrecover.run(new byte[0]));
        assertArrayEquals(new byte[0], ecrecover.run(input(digest, 29, one, one)), "v = 29");
        assertArrayEquals(new byte[0], ecrecover.run(input(digest, 27, BigInteger.ZERO, one)), "r = 0");
        assertArrayEquals(new byte[0], ecrecover.run(input(digest, 27, one, Secp256k1.N)), "s = n");
        byte[] vWithHighBytes = input(digest, 27, one, one);
        vWithHighBytes[32] = 1;
        assertArrayEquals(new byte[0], ecrecover.run(vWithHighBytes), "v must be 27 or 28 as a whole word");
    }

    private static byte[] input(Hash digest, int v, BigInteger r, BigInteger s) {
        byte[] in = new byte[128];
        System.arraycopy(digest.toArray(), 0, in, 0, 32);
        in[63] = (byte) v;
        put(in, 64, r);
        put(in, 96, s);
        return in;
    }

    private static void put(byte[] out, int offset, BigInteger v) {
        byte[] b = v.toByteArray();
        int n = Math.min(32, b.length);
        System.arraycopy(b, b.length - n, out, offset + 32 - n, n);
    }
}
