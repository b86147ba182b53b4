package org.nos.protocol.tx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.InvalidSignatureException;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.crypto.Secp256k1;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.rlp.RlpException;

class TransactionTest {
    private static final PrivateKey EIP155_KEY =
            PrivateKey.fromHex("0x4646464646464646464646464646464646464646464646464646464646464646");
    /** The example of EIP-155: nonce 9, 20 gwei, 21000 gas, 1 ether to 0x3535..35, chain id 1. */
    private static final String EIP155_SIGNED = "0xf86c098504a817c800825208943535353535353535353535353535353535353535"
            + "880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f"
            + "761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83";

    private static LegacyTransaction eip155Unsigned() {
        return LegacyTransaction.unsigned(9, Wei.gwei(20), 21000,
                Address.fromHex("0x3535353535353535353535353535353535353535"), Wei.ether(1), Bytes.EMPTY);
    }

    @Test
    void eip155Example() {
        LegacyTransaction unsigned = eip155Unsigned();
        assertEquals("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53",
                unsigned.signingHash(OptionalLong.of(1)).toHex());
        LegacyTransaction signed = unsigned.sign(EIP155_KEY, 1);
        assertEquals(EIP155_SIGNED, Hex.encode(signed.encoded()));
        assertEquals(37, signed.v());

        Transaction decoded = Transaction.decode(Hex.decode(EIP155_SIGNED));
        assertEquals(signed, decoded);
        assertEquals(TransactionType.LEGACY, decoded.type());
        assertEquals(OptionalLong.of(1), decoded.chainId());
        assertEquals(Address.fromHex("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f"), decoded.sender());
        assertEquals(Hash.keccak(Hex.decode(EIP155_SIGNED)), decoded.hash());
        assertEquals(List.of(), decoded.accessList());
        assertEquals(Wei.gwei(20), decoded.maxFeePerGas());
        assertEquals(Wei.gwei(20), decoded.maxPriorityFeePerGas());
    }

    @Test
    void preEip155Signature() {
        LegacyTransaction signed = eip155Unsigned().signWithoutChainId(EIP155_KEY);
        assertTrue(signed.v() == 27 || signed.v() == 28);
        Transaction decoded = Transaction.decode(signed.encoded());
        assertEquals(OptionalLong.empty(), decoded.chainId());
        assertEquals(EIP155_KEY.address(), decoded.sender());
    }

    @Test
    void typedTransactionsSignAndRoundTrip() {
        Address to = Address.fromHex("0x1111111111111111111111111111111111111111");
        List<AccessListEntry> accessList = List.of(new AccessListEntry(to, List.of(Hash.ZERO, Hash.EMPTY_CODE)));
        List<Transaction> txs = List.of(
                AccessListTransaction.unsigned(10, 3, Wei.gwei(2), 50_000, to, Wei.of(5), Bytes.fromHex("0x0102"), accessList)
                        .sign(EIP155_KEY),
                DynamicFeeTransaction.unsigned(10, 4, Wei.gwei(1), Wei.gwei(30), 60_000, null, Wei.ZERO,
                        Bytes.fromHex("0x6000"), List.of()).sign(EIP155_KEY),
                BlobTransaction.unsigned(10, 5, Wei.gwei(1), Wei.gwei(30), 60_000, to, Wei.ZERO, Bytes.EMPTY,
                        accessList, Wei.of(7), List.of(Hash.fromHex("0x01" + "00".repeat(31)))).sign(EIP155_KEY));
        for (Transaction tx : txs) {
            byte[] encoded = tx.encoded();
            assertEquals(tx.type().code(), encoded[0]);
            Transaction decoded = Transaction.decode(encoded);
            assertEquals(tx, decoded);
            assertEquals(tx.hashCode(), decoded.hashCode());
            assertEquals(EIP155_KEY.address(), decoded.sender());
            assertEquals(OptionalLong.of(10), decoded.chainId());
        }
        assertTrue(txs.get(1).isContractCreation());
        assertEquals(Wei.gwei(2), ((AccessListTransaction) txs.get(0)).maxPriorityFeePerGas());
        BlobTransaction blob = (BlobTransaction) Transaction.decode(txs.get(2).encoded());
        assertEquals(Wei.of(7), blob.maxFeePerBlobGas());
        assertEquals(1, blob.blobVersionedHashes().size());
    }

    @Test
    void effectiveGasPrice() {
        DynamicFeeTransaction tx = DynamicFeeTransaction.unsigned(1, 0, Wei.gwei(2), Wei.gwei(10), 21000, null,
                Wei.ZERO, Bytes.EMPTY, List.of());
        assertEquals(Wei.gwei(7), tx.effectiveGasPrice(Wei.gwei(5)));
        assertEquals(Wei.gwei(10), tx.effectiveGasPrice(Wei.gwei(9)));
    }

    @Test
    void depositRoundTripAndFields() {
        Address from = Address.fromHex("0xdeaddeaddeaddeaddeaddeaddeaddeaddead0001");
        Address l1Block = Address.fromHex("0x4200000000000000000000000000000000000015");
        DepositTransaction deposit = new DepositTransaction(Hash.keccak(new byte[] {1}), from, l1Block, Wei.ZERO,
                Wei.ZERO, 1_000_000, false, Bytes.fromHex("0x015d8eb9"));
        byte[] encoded = deposit.encoded();
        assertEquals(0x7E, encoded[0]);
        DepositTransaction decoded = (DepositTransaction) Transaction.decode(encoded);
        assertEquals(deposit, decoded);
        assertEquals(from, decoded.sender());
        assertEquals(0, decoded.nonce());
        assertEquals(OptionalLong.empty(), decoded.chainId());
        assertEquals(Wei.ZERO, decoded.maxFeePerGas());
        assertFalse(decoded.isSystemTx());
        assertEquals(Hash.keccak(encoded), decoded.hash());

        DepositTransaction system = new DepositTransaction(Hash.ZERO, from, null, Wei.ether(1), Wei.ether(1),
                150_000_000, true, Bytes.EMPTY);
        DepositTransaction again = (DepositTransaction) Transaction.decode(system.encoded());
        assertTrue(again.isSystemTx());
        assertNull(again.to());
        assertEquals(Wei.ether(1), again.mint());
        // isSystemTx is the 7th field: anything but 0x80 / 0x01 is rejected
        String hex = Hex.encode(system.encoded());
        String bad = hex.replace("8408f0d18001", "8408f0d18002");
        assertTrue(!bad.equals(hex));
        assertThrows(RlpException.class, () -> Transaction.decode(Hex.decode(bad)));
    }

    @Test
    void highSIsRejectedWithAClearException() {
        LegacyTransaction signed = eip155Unsigned().sign(EIP155_KEY, 1);
        LegacyTransaction highS = new LegacyTransaction(9, Wei.gwei(20), 21000, signed.to(), Wei.ether(1),
                Bytes.EMPTY, signed.v() == 37 ? 38 : 37, signed.r(), Secp256k1.N.subtract(signed.s()));
        Transaction decoded = Transaction.decode(highS.encoded());
        InvalidSignatureException e = assertThrows(InvalidSignatureException.class, decoded::sender);
        assertTrue(e.getMessage().contains("EIP-2"), e.getMessage());
        // the precompile rule still finds the signer
        assertEquals(EIP155_KEY.address(), Secp256k1.get().ecrecover(signed.signingHash(), highS.signature().recId(),
                highS.r(), highS.s()));
        LegacyTransaction zeroR = new LegacyTransaction(9, Wei.gwei(20), 21000, signed.to(), Wei.ether(1),
                Bytes.EMPTY, 37, BigInteger.ZERO, signed.s());
        assertThrows(InvalidSignatureException.class, () -> Transaction.decode(zeroR.encoded()).sender());
    }

    @ParameterizedTest
    @CsvSource({
        // trailing byte after the legacy list
        "'" + EIP155_SIGNED + "00'",
        // v = 29 is neither 27/28 nor EIP-155
        "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a7640000801da028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83",
        // nonce 9 written with a header (0x8109) is not canonical
        "0xf86d81098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83",
        // a first byte that is a string header
        "0x8109",
        // an empty type-2 payload list
        "0x02c0",
    })
    void rejectsMalformedBytes(String hex) {
        assertThrows(IllegalArgumentException.class, () -> Transaction.decode(Hex.decode(hex)));
    }

    @Test
    void yParityMustBeZeroOrOne() {
        byte[][] fields = {Rlp.encodeLong(1), Rlp.encodeLong(0), Rlp.encodeLong(1), Rlp.encodeLong(2),
            Rlp.encodeLong(21000), Rlp.EMPTY_STRING, Rlp.EMPTY_STRING, Rlp.EMPTY_STRING, Rlp.EMPTY_LIST,
            null, Rlp.encodeLong(1), Rlp.encodeLong(1)};
        for (int parity = 0; parity < 3; parity++) {
            fields[9] = Rlp.encodeLong(parity);
            byte[] payload = Rlp.encodeList(fields);
            byte[] tx = new byte[payload.length + 1];
            tx[0] = 2;
            System.arraycopy(payload, 0, tx, 1, payload.length);
            if (parity < 2) {
                assertEquals(parity, ((DynamicFeeTransaction) Transaction.decode(tx)).yParity());
            } else {
                assertThrows(RlpException.class, () -> Transaction.decode(tx));
            }
        }
    }

    @Test
    void unknownTypeIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Transaction.decode(Hex.decode("0x04c0")));
        assertEquals("unsupported transaction type 0x04", e.getMessage());
    }

    @Test
    void typedTrailingBytesAreRejected() {
        byte[] ok = DynamicFeeTransaction.unsigned(1, 0, Wei.ZERO, Wei.ZERO, 21000, null, Wei.ZERO, Bytes.EMPTY,
                List.of()).sign(EIP155_KEY).encoded();
        byte[] longer = java.util.Arrays.copyOf(ok, ok.length + 1);
        assertThrows(RlpException.class, () -> Transaction.decode(longer));
        assertInstanceOf(DynamicFeeTransaction.class, Transaction.decode(ok));
        assertArrayEquals(ok, Transaction.decode(ok).encoded());
    }

    @Test
    void typeCodes() {
        assertEquals(TransactionType.DEPOSIT, TransactionType.fromCode(0x7E));
        assertEquals(3, TransactionType.BLOB.code());
        assertThrows(IllegalArgumentException.class, () -> TransactionType.fromCode(5));
    }
}
