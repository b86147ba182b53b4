package org.nos.rollup.txpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.rollup.txpool.TestTransactions.CHAIN_ID;
import static org.nos.rollup.txpool.TestTransactions.RECIPIENT;
import static org.nos.rollup.txpool.TestTransactions.config;
import static org.nos.rollup.txpool.TestTransactions.key;
import static org.nos.rollup.txpool.TestTransactions.transfer;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.AccessListEntry;
import org.nos.protocol.tx.AccessListTransaction;
import org.nos.protocol.tx.BlobTransaction;
import org.nos.protocol.tx.DepositTransaction;
import org.nos.protocol.tx.DynamicFeeTransaction;
import org.nos.protocol.tx.LegacyTransaction;
import org.nos.protocol.tx.Transaction;

class TransactionValidatorTest {
    private static final PrivateKey ALICE = key(1);
    private static final Wei RICH = Wei.ether(1000);

    /** One row: raw bytes, the pool's config, Alice's nonce and balance, and the exact message (null: accepted). */
    private record Row(byte[] raw, PoolConfig config, long nonce, Wei balance, Rejection reason, String message) {}

    private static Arguments accepted(String name, Transaction tx) {
        return accepted(name, tx.encoded(), config());
    }

    private static Arguments accepted(String name, byte[] raw, PoolConfig config) {
        return Arguments.of(name, new Row(raw, config, 0, RICH, null, null));
    }

    private static Arguments rejected(String name, Transaction tx, Rejection reason, String message) {
        return rejected(name, tx.encoded(), config(), 0, RICH, reason, message);
    }

    private static Arguments rejected(String name, byte[] raw, PoolConfig config, long nonce, Wei balance,
            Rejection reason, String message) {
        return Arguments.of(name, new Row(raw, config, nonce, balance, reason, message));
    }

    static Stream<Arguments> rules() {
        DynamicFeeTransaction plain = transfer(ALICE, 0, 1, 10);
        BigInteger plainCost = BigInteger.valueOf(21_000).multiply(Wei.gwei(10).toBigInteger()).add(BigInteger.ONE);
        byte[] oversized = dynamic(0, Wei.gwei(1), Wei.gwei(10), 5_000_000, RECIPIENT, new byte[131_072]).encoded();
        String alice = ALICE.address().toChecksumHex();
        return Stream.of(
                accepted("EIP-1559 transfer", plain),
                accepted("EIP-155 legacy transfer", TestTransactions.legacy(ALICE, 0, 10)),
                accepted("EIP-2930 transaction", accessList(0, 27_200)),
                accepted("creation with exactly its intrinsic gas", dynamic(0, Wei.gwei(1), Wei.gwei(10), 53_532,
                        null, filled(33, 1))),
                accepted("unprotected legacy when the config allows it", unprotectedLegacy().encoded(),
                        config().withAllowUnprotected(true)),
                accepted("tip equal to fee cap", transfer(ALICE, 0, 10, 10)),
                accepted("a future nonce (the pool queues it)", transfer(ALICE, 7, 1, 10)),
                accepted("gas equal to the block gas limit", dynamic(0, Wei.ZERO, Wei.of(1), 30_000_000, RECIPIENT,
                        new byte[0])),
                rejected("empty bytes", new byte[0], config(), 0, RICH, Rejection.MALFORMED,
                        "rlp: empty transaction bytes"),
                rejected("a string, not a transaction", new byte[] {(byte) 0x80}, config(), 0, RICH,
                        Rejection.MALFORMED, null),
                rejected("trailing bytes after a legacy list", append(TestTransactions.legacy(ALICE, 0, 1).encoded(),
                        (byte) 0), config(), 0, RICH, Rejection.MALFORMED, null),
                rejected("typed envelope with an empty payload", new byte[] {2, (byte) 0xc0}, config(), 0, RICH,
                        Rejection.MALFORMED, null),
                rejected("blob transaction", blob().encoded(), config(), 0, RICH, Rejection.TYPE_NOT_SUPPORTED,
                        "transaction type not supported: tx type 3 not supported by this pool"),
                rejected("deposit transaction", deposit().encoded(), config(), 0, RICH, Rejection.TYPE_NOT_SUPPORTED,
                        "transaction type not supported: tx type 126 not supported by this pool"),
                rejected("unknown type 5", new byte[] {5, (byte) 0xc0}, config(), 0, RICH,
                        Rejection.TYPE_NOT_SUPPORTED,
                        "transaction type not supported: tx type 5 not supported by this pool"),
                rejected("oversized", oversized, config(), 0, RICH, Rejection.OVERSIZED_DATA,
                        "oversized data: transaction size " + oversized.length + ", limit 131072"),
                rejected("pre-EIP-155 legacy", unprotectedLegacy(), Rejection.UNPROTECTED,
                        "only replay-protected (EIP-155) transactions allowed over RPC"),
                rejected("typed transaction for another chain", DynamicFeeTransaction.unsigned(5, 0, Wei.gwei(1),
                        Wei.gwei(10), 21_000, RECIPIENT, Wei.of(1), Bytes.EMPTY, List.of()).sign(ALICE),
                        Rejection.INVALID_SENDER, "invalid sender: invalid chain id for signer: have 5 want 901"),
                rejected("legacy transaction for another chain", LegacyTransaction.unsigned(0, Wei.gwei(1), 21_000,
                        RECIPIENT, Wei.of(1), Bytes.EMPTY).sign(ALICE, 1), Rejection.INVALID_SENDER,
                        "invalid sender: invalid chain id for signer: have 1 want 901"),
                rejected("no signature", DynamicFeeTransaction.unsigned(CHAIN_ID, 0, Wei.gwei(1), Wei.gwei(10),
                        21_000, RECIPIENT, Wei.of(1), Bytes.EMPTY, List.of()), Rejection.INVALID_SENDER, null),
                rejected("initcode over 49152 bytes", dynamic(0, Wei.gwei(1), Wei.gwei(10), 300_000, null,
                        new byte[49_153]), Rejection.MAX_INITCODE_SIZE_EXCEEDED,
                        "max initcode size exceeded: code size 49153, limit 49152"),
                rejected("gas above the block gas limit", dynamic(0, Wei.ZERO, Wei.of(1), 30_000_001, RECIPIENT,
                        new byte[0]), Rejection.EXCEEDS_BLOCK_GAS_LIMIT, "exceeds block gas limit"),
                rejected("tip above fee cap", transfer(ALICE, 0, 11, 10), Rejection.TIP_ABOVE_FEE_CAP,
                        "max priority fee per gas higher than max fee per gas"),
                rejected("gas below 21000", dynamic(0, Wei.gwei(1), Wei.gwei(10), 20_999, RECIPIENT, new byte[0]),
                        Rejection.INTRINSIC_GAS_TOO_LOW, "intrinsic gas too low: gas 20999, minimum needed 21000"),
                rejected("calldata not paid for", dynamic(0, Wei.gwei(1), Wei.gwei(10), 21_019, RECIPIENT,
                        new byte[] {0, 1}), Rejection.INTRINSIC_GAS_TOO_LOW,
                        "intrinsic gas too low: gas 21019, minimum needed 21020"),
                rejected("creation one gas short", dynamic(0, Wei.gwei(1), Wei.gwei(10), 53_531, null,
                        filled(33, 1)), Rejection.INTRINSIC_GAS_TOO_LOW,
                        "intrinsic gas too low: gas 53531, minimum needed 53532"),
                rejected("access list not paid for", accessList(0, 27_199), Rejection.INTRINSIC_GAS_TOO_LOW,
                        "intrinsic gas too low: gas 27199, minimum needed 27200"),
                rejected("tip below the pool minimum", plain.encoded(), config().withMinimumFees(Wei.gwei(2),
                        Wei.ZERO), 0, RICH, Rejection.UNDERPRICED,
                        "transaction underpriced: gas tip cap 1000000000, minimum needed 2000000000"),
                rejected("fee cap below the pool minimum", plain.encoded(), config().withMinimumFees(Wei.ZERO,
                        Wei.gwei(11)), 0, RICH, Rejection.UNDERPRICED,
                        "transaction underpriced: gas fee cap 10000000000, minimum needed 11000000000"),
                rejected("nonce already used", plain.encoded(), config(), 1, RICH, Rejection.NONCE_TOO_LOW,
                        "nonce too low: next nonce 1, tx nonce 0"),
                rejected("balance one wei short", plain.encoded(), config(), 0,
                        Wei.of(plainCost.subtract(BigInteger.ONE)), Rejection.INSUFFICIENT_FUNDS,
                        "insufficient funds for gas * price + value: address " + alice + " have "
                                + plainCost.subtract(BigInteger.ONE) + " want " + plainCost),
                Arguments.of("balance exactly the cost", new Row(plain.encoded(), config(), 0, Wei.of(plainCost),
                        null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void appliesEachRuleWithGethsMessage(String name, Row row) {
        TestAccounts accounts = new TestAccounts().setNonce(ALICE.address(), row.nonce()).fund(ALICE.address(),
                row.balance());
        TransactionValidator validator = new TransactionValidator(row.config());
        if (row.reason() == null) {
            Transaction tx = validator.validate(row.raw(), accounts);
            assertEquals(ALICE.address(), tx.sender());
            return;
        }
        TxPoolException e = assertThrows(TxPoolException.class, () -> validator.validate(row.raw(), accounts));
        assertEquals(row.reason(), e.reason());
        assertEquals(-32000, e.rpcCode());
        if (row.message() != null) {
            assertEquals(row.message(), e.getMessage());
        } else {
            assertTrue(e.getMessage().startsWith(row.reason().text() + ": "), e.getMessage());
        }
    }

    @Test
    void everyMessageStartsWithItsReasonText() {
        rules().forEach(args -> {
            Row row = (Row) args.get()[1];
            if (row.message() != null) assertTrue(row.message().startsWith(row.reason().text()), row.message());
        });
    }

    @Test
    void acceptedTransactionComesBackDecodedWithItsHash() {
        DynamicFeeTransaction tx = transfer(ALICE, 0, 1, 10);
        Transaction decoded = new TransactionValidator(config()).validateWithoutState(tx.encoded());
        assertEquals(tx.hash(), decoded.hash());
        assertEquals(Hash.keccak(tx.encoded()), decoded.hash());
    }

    private static DynamicFeeTransaction dynamic(long nonce, Wei tip, Wei feeCap, long gas, Address to, byte[] data) {
        return DynamicFeeTransaction.unsigned(CHAIN_ID, nonce, tip, feeCap, gas, to, Wei.ZERO, Bytes.wrap(data),
                List.of()).sign(ALICE);
    }

    private static AccessListTransaction accessList(long nonce, long gas) {
        AccessListEntry entry = new AccessListEntry(RECIPIENT, List.of(Hash.ZERO, Hash.EMPTY_CODE));
        return AccessListTransaction.unsigned(CHAIN_ID, nonce, Wei.gwei(1), gas, RECIPIENT, Wei.ZERO, Bytes.EMPTY,
                List.of(entry)).sign(ALICE);
    }

    private static LegacyTransaction unprotectedLegacy() {
        return LegacyTransaction.unsigned(0, Wei.gwei(1), 21_000, RECIPIENT, Wei.of(1), Bytes.EMPTY)
                .signWithoutChainId(ALICE);
    }

    private static BlobTransaction blob() {
        return BlobTransaction.unsigned(CHAIN_ID, 0, Wei.gwei(1), Wei.gwei(10), 21_000, RECIPIENT, Wei.ZERO,
                Bytes.EMPTY, List.of(), Wei.of(1), List.of(Hash.ZERO)).sign(ALICE);
    }

    private static DepositTransaction deposit() {
        return new DepositTransaction(Hash.ZERO, ALICE.address(), RECIPIENT, Wei.ZERO, Wei.ZERO, 100_000, false,
                Bytes.EMPTY);
    }

    private static byte[] filled(int size, int value) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private static byte[] append(byte[] raw, byte extra) {
        byte[] out = Arrays.copyOf(raw, raw.length + 1);
        out[raw.length] = extra;
        return out;
    }
}
