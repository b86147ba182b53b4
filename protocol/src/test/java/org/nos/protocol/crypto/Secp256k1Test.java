package org.nos.protocol.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;

class Secp256k1Test {
    /** Both implementations when the native one loads here, else the pure-Java one alone. */
    static Stream<Secp256k1> implementations() {
        List<Secp256k1> all = new ArrayList<>();
        all.add(Secp256k1.pureJava());
        Secp256k1.nativeLibrary().ifPresent(all::add);
        return all.stream();
    }

    @Test
    void nativeLoadsOnLinuxX64() {
        if (System.getProperty("os.name").startsWith("Linux") && System.getProperty("os.arch").equals("amd64")) {
            assertTrue(Secp256k1.nativeLibrary().isPresent());
        }
    }

    @Test
    void propertyForcesThePureJavaImplementation() {
        assertSame(Secp256k1.pureJava(), Secp256k1.choose("false"));
        assertSame(Secp256k1.nativeLibrary().orElse(Secp256k1.pureJava()), Secp256k1.choose(null));
        assertSame(Secp256k1.nativeLibrary().orElse(Secp256k1.pureJava()), Secp256k1.choose("true"));
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void eip155ExampleSignature(Secp256k1 curve) {
        PrivateKey key = PrivateKey.fromHex("0x4646464646464646464646464646464646464646464646464646464646464646");
        Hash signingHash = Hash.fromHex("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
        Signature sig = curve.sign(signingHash, key);
        assertEquals(new BigInteger("18515461264373351373200002665853028612451056578545711640558177340181847433846"), sig.r());
        assertEquals(new BigInteger("46948507304638947509940763649030358759909902576025900602547168820602576006531"), sig.s());
        assertEquals(0, sig.recId()); // v = 37 = 1 * 2 + 35 + 0
        assertEquals(Address.fromHex("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f"), curve.recoverSigner(signingHash, sig));
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void publicKeyAndAddressOfKnownKeys(Secp256k1 curve) {
        PrivateKey one = PrivateKey.fromHex("0x" + "0".repeat(63) + "1");
        assertEquals(Address.fromHex("0x7e5f4552091a69125d5dfcb7b8c2659029395bdf"), Secp256k1.addressOf(curve.publicKey(one)));
        // the generator point G
        assertEquals("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798",
                new BigInteger(1, java.util.Arrays.copyOf(curve.publicKey(one), 32)).toString(16));
        PrivateKey fixture = PrivateKey.fromHex("0x45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8");
        assertEquals(Address.fromHex("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b"), Secp256k1.addressOf(curve.publicKey(fixture)));
    }

    @Test
    void implementationsAgreeOnRandomKeysAndMessages() {
        List<Secp256k1> all = implementations().toList();
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            byte[] k = new byte[32];
            random.nextBytes(k);
            PrivateKey key = PrivateKey.of(k);
            byte[] m = new byte[32];
            random.nextBytes(m);
            Hash digest = Hash.wrap(m);
            Signature first = all.get(0).sign(digest, key);
            assertTrue(first.isLowS());
            for (Secp256k1 curve : all) {
                assertEquals(first, curve.sign(digest, key), "RFC 6979 makes signatures identical");
                assertArrayEquals(all.get(0).publicKey(key), curve.publicKey(key));
                assertEquals(key.address(), curve.recoverSigner(digest, first));
                assertTrue(curve.verify(digest, first, curve.publicKey(key)));
                // any other recovery id gives another key, or none
                Address other = curve.ecrecover(digest, 1 - first.recId(), first.r(), first.s());
                assertFalse(key.address().equals(other));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void highSIsRejectedForTransactionsButAcceptedByEcrecover(Secp256k1 curve) {
        PrivateKey key = PrivateKey.fromHex("0x4646464646464646464646464646464646464646464646464646464646464646");
        Hash digest = Hash.keccak("message".getBytes());
        Signature low = curve.sign(digest, key);
        Signature high = new Signature(low.r(), Secp256k1.N.subtract(low.s()), 1 - low.recId());
        assertFalse(high.isLowS());
        assertThrows(InvalidSignatureException.class, () -> curve.recoverSigner(digest, high));
        assertEquals(key.address(), curve.ecrecover(digest, high.recId(), high.r(), high.s()));
        assertFalse(curve.verify(digest, high, curve.publicKey(key)));
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void unrecoverableSignaturesGiveNull(Secp256k1 curve) {
        Hash digest = Hash.keccak("message".getBytes());
        assertNull(curve.ecrecover(digest, 0, BigInteger.ZERO, BigInteger.ONE));
        assertNull(curve.ecrecover(digest, 0, BigInteger.ONE, Secp256k1.N));
        assertNull(curve.ecrecover(digest, 2, BigInteger.ONE, BigInteger.ONE));
        // x = 5 is not the x coordinate of any point on the curve (5^3 + 7 = 132 is a non-residue mod p)
        assertNull(curve.ecrecover(digest, 0, BigInteger.valueOf(5), BigInteger.ONE));
    }

    @Test
    void signatureRangeChecks() {
        assertThrows(InvalidSignatureException.class, () -> new Signature(BigInteger.ZERO, BigInteger.ONE, 0));
        assertThrows(InvalidSignatureException.class, () -> new Signature(BigInteger.ONE, Secp256k1.N, 0));
        assertThrows(InvalidSignatureException.class, () -> new Signature(BigInteger.ONE, BigInteger.ONE, 2));
        Signature s = new Signature(BigInteger.TWO, BigInteger.TEN, 1);
        assertEquals(s, Signature.fromCompact(s.toCompact(), 1));
        assertEquals(65, s.toBytes().length);
    }

    @Test
    void privateKeyHidesItself() {
        PrivateKey key = PrivateKey.fromHex("0x4646464646464646464646464646464646464646464646464646464646464646");
        assertFalse(key.toString().contains("4646"));
        assertThrows(IllegalArgumentException.class, () -> PrivateKey.of(new byte[32]));
        assertThrows(IllegalArgumentException.class, () -> PrivateKey.fromHex("0x1234"));
    }
}
