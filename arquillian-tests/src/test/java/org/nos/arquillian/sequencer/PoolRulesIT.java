package org.nos.arquillian.sequencer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nos.arquillian.NosEar;
import org.nos.arquillian.NosNode;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.BlobTransaction;
import org.nos.protocol.tx.DepositTransaction;

/**
 * Every pool rule answers eth_sendRawTransaction with -32000 and go-ethereum's error text, and a rejected
 * transaction changes neither the pool nor the chain.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PoolRulesIT {
    private static final String KEY3 = "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    private final Wallet wallet = Wallet.dev(3);
    private final String to = Wallet.fresh(3).address();

    /** Asserts the rejection text, and that pool counts and the sender's pending nonce did not move. */
    private String rejected(String raw, String expectedPrefix) {
        long[] pool = Chain.txpoolStatus();
        long nonce = wallet.pendingNonce();
        String message = Chain.rejection(raw);
        assertTrue(message.startsWith(expectedPrefix), "'" + message + "' starts with '" + expectedPrefix + "'");
        assertArrayEquals(pool, Chain.txpoolStatus(), "pool unchanged after: " + message);
        assertEquals(nonce, wallet.pendingNonce(), "pending nonce unchanged after: " + message);
        return message;
    }

    @Test
    void statelessRulesWithGethTexts() {
        long nonce = wallet.pendingNonce();
        BigInteger tip = Wallet.TIP;
        BigInteger cap = Wallet.FEE_CAP;
        assertEquals("intrinsic gas too low: gas 20999, minimum needed 21000",
                rejected(wallet.dynamicFee(Wallet.CHAIN_ID, nonce, tip, cap, BigInteger.valueOf(20_999), to, BigInteger.ONE, ""), "intrinsic gas too low"));
        assertEquals("exceeds block gas limit",
                rejected(wallet.dynamicFee(Wallet.CHAIN_ID, nonce, tip, cap, BigInteger.valueOf(30_000_001), to, BigInteger.ONE, ""), "exceeds block gas limit"));
        String big = wallet.dynamicFee(Wallet.CHAIN_ID, nonce, tip, cap, BigInteger.valueOf(3_000_000), to, BigInteger.ZERO,
                "0x" + "00".repeat(128 * 1024));
        assertEquals("oversized data: transaction size " + (big.length() - 2) / 2 + ", limit 131072", rejected(big, "oversized data"));
        assertEquals("invalid sender: invalid chain id for signer: have 1 want 42213",
                rejected(wallet.dynamicFee(1, nonce, tip, cap, Wallet.TRANSFER_GAS, to, BigInteger.ONE, ""), "invalid sender"));
        assertEquals("invalid sender: invalid chain id for signer: have 1 want 42213",
                rejected(wallet.legacy(1L, nonce, cap, Wallet.TRANSFER_GAS, to, BigInteger.ONE), "invalid sender"));
        assertEquals("only replay-protected (EIP-155) transactions allowed over RPC",
                rejected(wallet.legacy(null, nonce, cap, Wallet.TRANSFER_GAS, to, BigInteger.ONE), "only replay-protected"));
        assertEquals("max priority fee per gas higher than max fee per gas",
                rejected(wallet.dynamicFee(Wallet.CHAIN_ID, nonce, cap, tip, Wallet.TRANSFER_GAS, to, BigInteger.ONE, ""), "max priority fee per gas higher"));
        rejected("0xdeadbeef", "rlp");
        rejected("0x02c0", "rlp");
    }

    @Test
    void blobAndDepositTransactionsAreNotSupported() {
        PrivateKey key = PrivateKey.fromHex(KEY3);
        long nonce = wallet.pendingNonce();
        BlobTransaction blob = BlobTransaction.unsigned(Wallet.CHAIN_ID, nonce, Wei.of(Wallet.TIP), Wei.of(Wallet.FEE_CAP), 21_000,
                Address.fromHex(to), Wei.of(1), Bytes.EMPTY, List.of(), Wei.gwei(1),
                List.of(Hash.fromHex("0x01" + "00".repeat(31)))).sign(key);
        rejected(Hex.encode(blob.encoded()), "transaction type not supported");
        String minted = Wallet.fresh(34).address();
        DepositTransaction deposit = new DepositTransaction(Hash.keccak(new byte[] {1}), key.address(), Address.fromHex(minted),
                Wei.ether(1), Wei.ether(1), 100_000, false, Bytes.EMPTY);
        rejected(Hex.encode(deposit.encoded()), "transaction type not supported");
        NosNode.sleep(2_500);
        assertEquals(Wei.ZERO.toQuantity(), NosNode.result("eth_getBalance", "[\"" + minted + "\",\"latest\"]").textValue(),
                "the deposit minted nothing");
    }

    @Test
    void insufficientFunds() {
        Wallet empty = Wallet.fresh(33);
        String message = Chain.rejection(empty.transfer(0, to, BigInteger.ONE));
        assertTrue(message.startsWith("insufficient funds for gas * price + value"), message);
        long nonce = wallet.pendingNonce();
        BigInteger tooMuch = new BigInteger("20000000000000000000000"); // 20,000 ETH, the account holds 10,000
        rejected(wallet.transfer(nonce, to, tooMuch), "insufficient funds for gas * price + value");
    }

    @Test
    void replacementNeedsTenPercentOnBothFeesAndOnlyTheReplacementIsMined() throws Exception {
        long nonce = wallet.pendingNonce();
        String original;
        String replacement;
        BigInteger tip = Wallet.TIP;
        BigInteger cap = Wallet.FEE_CAP;
        try (Chain.PausedSealing paused = new Chain.PausedSealing()) {
            original = Chain.sendOk(wallet.dynamicFee(Wallet.CHAIN_ID, nonce, tip, cap, Wallet.TRANSFER_GAS, to, BigInteger.ONE, ""));
            assertEquals("already known", rejected(wallet.dynamicFee(Wallet.CHAIN_ID, nonce, tip, cap, Wallet.TRANSFER_GAS, to, BigInteger.ONE, ""), "already known"));
            BigInteger tip9 = tip.multiply(BigInteger.valueOf(109)).divide(BigInteger.valueOf(100));
            BigInteger cap9 = cap.multiply(BigInteger.valueOf(109)).divide(BigInteger.valueOf(100));
            BigInteger tip10 = tip.multiply(BigInteger.valueOf(110)).divide(BigInteger.valueOf(100));
            BigInteger cap10 = cap.multiply(BigInteger.valueOf(110)).divide(BigInteger.valueOf(100));
            assertEquals("replacement transaction underpriced", rejected(
                    wallet.dynamicFee(Wallet.CHAIN_ID, nonce, tip9, cap9, Wallet.TRANSFER_GAS, to, BigInteger.TWO, ""), "replacement transaction underpriced"));
            assertEquals("replacement transaction underpriced", rejected(
                    wallet.dynamicFee(Wallet.CHAIN_ID, nonce, tip10, cap9, Wallet.TRANSFER_GAS, to, BigInteger.TWO, ""), "replacement transaction underpriced"));
            assertEquals("replacement transaction underpriced", rejected(
                    wallet.dynamicFee(Wallet.CHAIN_ID, nonce, tip9, cap10, Wallet.TRANSFER_GAS, to, BigInteger.TWO, ""), "replacement transaction underpriced"));
            long[] before = Chain.txpoolStatus();
            replacement = Chain.sendOk(wallet.dynamicFee(Wallet.CHAIN_ID, nonce, tip10, cap10, Wallet.TRANSFER_GAS, to, BigInteger.TWO, ""));
            assertArrayEquals(before, Chain.txpoolStatus(), "a replacement keeps the pool's size");
            assertTrue(Chain.transaction(original).isNull(), "the replaced transaction is gone");
            JsonNode pending = Chain.transaction(replacement);
            assertTrue(pending.get("blockHash").isNull());
            JsonNode content = NosNode.result("txpool_content", "[]").get("pending");
            JsonNode mine = content.get(org.web3j.crypto.Keys.toChecksumAddress(wallet.address()));
            assertEquals(replacement, mine.get(Long.toString(nonce)).get("hash").textValue());
        }
        JsonNode receipt = Chain.awaitReceipt(replacement, Duration.ofSeconds(60));
        assertEquals("0x1", receipt.get("status").textValue());
        assertTrue(Chain.receipt(original).isNull(), "the replaced transaction is never mined");
        assertTrue(Chain.transaction(original).isNull());
        long block = NosNode.quantity(receipt.get("blockNumber"));
        assertEquals(BigInteger.TWO, Chain.balance(to, block).subtract(Chain.balance(to, block - 1)));

        // nonce too low, for a new transaction and for the mined one sent again
        assertEquals("nonce too low: next nonce " + (nonce + 1) + ", tx nonce " + nonce,
                rejected(wallet.transfer(nonce, to, BigInteger.TEN), "nonce too low"));
        String mined = NosNode.result("eth_getTransactionByHash", "[\"" + replacement + "\"]").get("hash").textValue();
        assertEquals(replacement, mined);
        assertTrue(rejected(wallet.dynamicFee(Wallet.CHAIN_ID, nonce, tip.multiply(BigInteger.valueOf(110)).divide(BigInteger.valueOf(100)),
                cap.multiply(BigInteger.valueOf(110)).divide(BigInteger.valueOf(100)), Wallet.TRANSFER_GAS, to, BigInteger.TWO, ""), "nonce too low")
                .startsWith("nonce too low"), "the mined transaction replayed");
    }
}
