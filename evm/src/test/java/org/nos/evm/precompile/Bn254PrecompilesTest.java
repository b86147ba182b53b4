package org.nos.evm.precompile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** EIP-196/197 vectors (the cases of go-ethereum's precompile test data: chfast, cdetrio, jeff). */
class Bn254PrecompilesTest {
    private static final String G1 = "0000000000000000000000000000000000000000000000000000000000000001"
            + "0000000000000000000000000000000000000000000000000000000000000002";
    private static final String G2 = "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2"
            + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
            + "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b"
            + "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";
    private static final String MINUS_G2 = "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2"
            + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
            + "275dc4a288d1afb3cbb1ac09187524c7db36395df7be3b99e673b13a075a65ec"
            + "1d9befcd05a5323e6da4d435f3b617cdb3af83285c2df711ef39c01571827f9d";
    private static final String TWO_G1 = "030644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd3"
            + "15ed738c0e0a7c92e7845f96b2ae9c0a68a6a449e3538fc7ff3ebf7a5a18a2c4";
    private static final String P_HEX = "30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47";
    private static final String ZERO64 = "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000";

    @ParameterizedTest(name = "add {0}")
    @CsvSource({
        "chfast1, 18b18acfb4c2c30276db5411368e7185b311dd124691610c5d3b74034e093dc9063c909c4720840cb5134cb9f59fa749755796819658d32efc0d288198f3726607c2b7f58a84bd6145f00c9c2bc0bb1a187f20ff2c92963a88019e7c6a014eed06614e20c147e940f2d70da3f74c9a17df361706a4485c742bd6788478fa17d7, 2243525c5efd4b9c3d3c45ac0ca3fe4dd85e830a4ce6b65fa1eeaee202839703301d1d33be6da8e509df21cc35964723180eed7532537db9ae5e7d48f195c915",
        "chfast2, 2243525c5efd4b9c3d3c45ac0ca3fe4dd85e830a4ce6b65fa1eeaee202839703301d1d33be6da8e509df21cc35964723180eed7532537db9ae5e7d48f195c91518b18acfb4c2c30276db5411368e7185b311dd124691610c5d3b74034e093dc9063c909c4720840cb5134cb9f59fa749755796819658d32efc0d288198f37266, 2bd3e6d0f3b142924f5ca7b49ce5b9d54c4703d7ae5648e61d02268b1a0a9fb721611ce0a6af85915e2f1d70300909ce2e49dfad4a4619c8390cae66cefdb204",
        "cdetrio13, 17c139df0efee0f766bc0204762b774362e4ded88953a39ce849a8a7fa163fa901e0559bacb160664764a357af8a9fe70baa9258e0b959273ffc5718c6d4cc7c039730ea8dff1254c0fee9c0ea777d29a9c710b7e616683f194f18c43b43b869073a5ffcc6fc7a28c30723d6e58ce577356982d65b833a5a5c15bf9024b43d98, 15bf2bb17880144b5d1cd2b1f46eff9d617bffd1ca57c37fb5a49bd84e53cf66049c797f9ce0d17083deb32b5e36f2ea2a212ee036598dd7624c168993d1355f",
        "P + -P, 17c139df0efee0f766bc0204762b774362e4ded88953a39ce849a8a7fa163fa901e0559bacb160664764a357af8a9fe70baa9258e0b959273ffc5718c6d4cc7c17c139df0efee0f766bc0204762b774362e4ded88953a39ce849a8a7fa163fa92e83f8d734803fc370eba25ed1f6b8768bd6d83887b87165fc2434fe11a830cb, " + ZERO64,
    })
    void addVectors(String name, String input, String expected) {
        assertArrayEquals(hex(expected), new Bn254Add().run(hex(input)), name);
    }

    @Test
    void addDoublesPadsAndTruncates() {
        Bn254Add add = new Bn254Add();
        assertArrayEquals(hex(TWO_G1), add.run(hex(G1 + G1)));
        assertArrayEquals(hex(TWO_G1), add.run(hex(G1 + G1 + "ff".repeat(40))), "bytes past 128 are ignored");
        assertArrayEquals(hex(G1), add.run(hex(G1)), "missing second point is infinity");
        assertArrayEquals(new byte[64], add.run(new byte[0]));
        assertEquals(150, add.gas(new byte[1000]));
    }

    @Test
    void addRejectsInvalidPoints() {
        Bn254Add add = new Bn254Add();
        assertNull(add.run(hex(G1.substring(0, 127) + "3" + G1)), "(1, 3) is not on the curve");
        assertNull(add.run(hex(P_HEX + "0".repeat(64) + G1)), "x = p is not a field element");
        assertNull(add.run(hex("0".repeat(64) + P_HEX)), "(0, p) is not (0, 0)");
    }

    @Test
    void mulVectors() {
        Bn254Mul mul = new Bn254Mul();
        assertArrayEquals(hex(TWO_G1), mul.run(hex(G1 + "0".repeat(63) + "2")));
        assertArrayEquals(new byte[64], mul.run(hex(G1)), "scalar zero");
        assertArrayEquals(new byte[64], mul.run(hex(G1 + "30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001")),
                "scalar r gives infinity");
        assertArrayEquals(hex(G1), mul.run(hex(G1 + "30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000002")),
                "scalar r + 1");
        assertArrayEquals(mul.run(hex(G1 + "f".repeat(64))), mul.run(hex(G1 + "0e0a77c19a07df2f666ea36f7879462e36fc76959f60cd29ac96341c4ffffffa")),
                "a 256-bit scalar acts modulo r");
        assertNull(mul.run(hex(G1.substring(0, 127) + "3" + "0".repeat(63) + "2")));
        assertEquals(6000, mul.gas(new byte[0]));
    }

    @ParameterizedTest(name = "pairing {0}")
    @CsvSource({
        "jeff1, 1, 1c76476f4def4bb94541d57ebba1193381ffa7aa76ada664dd31c16024c43f593034dd2920f673e204fee2811c678745fc819b55d3e9d294e45c9b03a76aef41209dd15ebff5d46c4bd888e51a93cf99a7329636c63514396b4a452003a35bf704bf11ca01483bfa8b34b43561848d28905960114c8ac04049af4b6315a416782bb8324af6cfc93537a2ad1a445cfd0ca2a71acd7ac41fadbf933c2a51be344d120a2a4cf30c1bf9845f20c6fe39e07ea2cce61f0c9bb048165fe5e4de877550111e129f1cf1097710d41c4ac70fcdfa5ba2023c6ff1cbeac322de49d1b6df7c2032c61a830e3c17286de9462bf242fca2883585b93870a73853face6a6bf411198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa",
        "jeff2, 1, 2eca0c7238bf16e83e7a1e6c5d49540685ff51380f309842a98561558019fc0203d3260361bb8451de5ff5ecd17f010ff22f5c31cdf184e9020b06fa5997db841213d2149b006137fcfb23036606f848d638d576a120ca981b5b1a5f9300b3ee2276cf730cf493cd95d64677bbb75fc42db72513a4c1e387b476d056f80aa75f21ee6226d31426322afcda621464d0611d226783262e21bb3bc86b537e986237096df1f82dff337dd5972e32a8ad43e28a78a96a823ef1cd4debe12b6552ea5f06967a1237ebfeca9aaae0d6d0bab8e28c198c5a339ef8a2407e31cdac516db922160fa257a5fd5b280642ff47b65eca77e626cb685c84fa6d3b6882a283ddd1198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa",
        "jeff6, 0, 1c76476f4def4bb94541d57ebba1193381ffa7aa76ada664dd31c16024c43f593034dd2920f673e204fee2811c678745fc819b55d3e9d294e45c9b03a76aef41209dd15ebff5d46c4bd888e51a93cf99a7329636c63514396b4a452003a35bf704bf11ca01483bfa8b34b43561848d28905960114c8ac04049af4b6315a416782bb8324af6cfc93537a2ad1a445cfd0ca2a71acd7ac41fadbf933c2a51be344d120a2a4cf30c1bf9845f20c6fe39e07ea2cce61f0c9bb048165fe5e4de877550111e129f1cf1097710d41c4ac70fcdfa5ba2023c6ff1cbeac322de49d1b6df7c103188585e2364128fe25c70558f1560f4f9350baf3959e603cc91486e110936198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c21800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa",
    })
    void pairingVectors(String name, int expected, String input) {
        byte[] out = new Bn254Pairing().run(hex(input));
        byte[] want = new byte[32];
        want[31] = (byte) expected;
        assertArrayEquals(want, out, name);
    }

    @Test
    void pairingSpecialCases() {
        Bn254Pairing pairing = new Bn254Pairing();
        assertArrayEquals(word(1), pairing.run(new byte[0]), "empty input");
        assertArrayEquals(word(0), pairing.run(hex(G1 + G2)), "one point");
        assertArrayEquals(word(1), pairing.run(hex(G1 + G2 + G1 + MINUS_G2)), "e(P, Q)·e(P, -Q)");
        assertArrayEquals(word(1), pairing.run(hex(ZERO64 + G2 + G1 + "0".repeat(256))), "infinities");
        assertNull(pairing.run(hex(G1 + G2 + "00")), "length not a multiple of 192");
        String badG2 = G2.substring(0, 255) + "b";
        assertNull(pairing.run(hex(G1 + badG2)), "G2 point off the twist");
        assertNull(pairing.run(hex(G1 + P_HEX + G2.substring(64))), "G2 coordinate not below p");
        assertNull(pairing.run(hex(G1.substring(0, 127) + "3" + G2)), "G1 point off the curve");
        assertEquals(45_000, pairing.gas(new byte[0]));
        assertEquals(113_000, pairing.gas(new byte[384]));
        assertEquals(79_000, pairing.gas(new byte[200]), "the price counts whole pairs");
    }

    private static byte[] word(int v) {
        byte[] w = new byte[32];
        w[31] = (byte) v;
        return w;
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.trim());
    }
}
