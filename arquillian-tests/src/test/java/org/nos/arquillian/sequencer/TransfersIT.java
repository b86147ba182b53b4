package org.nos.arquillian.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nos.arquillian.HeaderCheck;
import org.nos.arquillian.NosEar;
import org.nos.arquillian.NosNode;
import org.nos.protocol.base.Hash;

/**
 * Signed EIP-1559 transfers are mined: receipts with status 1, balances moved by exactly value + gasUsed ×
 * effectiveGasPrice, the base fee in the BaseFeeVault and the tip in the SequencerFeeVault, and every way of
 * reading the transaction back agrees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransfersIT {
    private static final Duration MINED = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @Test
    void transferIsMinedAndFeesLandInTheVaults() {
        Wallet sender = Wallet.dev(1);
        String recipient = Wallet.fresh(1).address();
        BigInteger value = new BigInteger("1234567890123456789");
        long nonce = sender.pendingNonce();
        String hash = Chain.sendOk(sender.transfer(nonce, recipient, value));
        JsonNode receipt = Chain.awaitReceipt(hash, MINED);

        assertEquals("0x1", receipt.get("status").textValue());
        assertEquals("0x2", receipt.get("type").textValue());
        assertEquals(21_000, NosNode.quantity(receipt.get("gasUsed")));
        assertEquals(sender.address(), receipt.get("from").textValue());
        assertEquals(recipient, receipt.get("to").textValue());
        assertTrue(receipt.get("contractAddress").isNull());
        long block = NosNode.quantity(receipt.get("blockNumber"));
        JsonNode header = NosNode.block(block);
        BigInteger baseFee = Chain.quantity(header.get("baseFeePerGas"));
        BigInteger price = Chain.quantity(receipt.get("effectiveGasPrice"));
        assertEquals(Wallet.TIP.add(baseFee).min(Wallet.FEE_CAP), price, "min(tip + base fee, fee cap)");

        BigInteger gasUsed = BigInteger.valueOf(21_000);
        assertEquals(value.add(gasUsed.multiply(price)),
                Chain.balance(sender.address(), block - 1).subtract(Chain.balance(sender.address(), block)), "sender pays value + fee");
        assertEquals(value, Chain.balance(recipient, block));
        assertEquals(BigInteger.ZERO, Chain.balance(recipient, block - 1));
        assertEquals(nonce + 1, sender.latestNonce());

        // the vaults gain exactly the fees of every transaction in that block
        BigInteger baseFees = BigInteger.ZERO;
        BigInteger tips = BigInteger.ZERO;
        for (JsonNode r : NosNode.result("eth_getBlockReceipts", "[\"" + Chain.hex(block) + "\"]")) {
            BigInteger used = Chain.quantity(r.get("gasUsed"));
            baseFees = baseFees.add(used.multiply(baseFee));
            tips = tips.add(used.multiply(Chain.quantity(r.get("effectiveGasPrice")).subtract(baseFee)));
        }
        assertEquals(baseFee.multiply(Chain.quantity(header.get("gasUsed"))), baseFees);
        assertEquals(baseFees, Chain.balance(Chain.BASE_FEE_VAULT, block).subtract(Chain.balance(Chain.BASE_FEE_VAULT, block - 1)),
                "base fee × gas in the BaseFeeVault");
        assertEquals(tips, Chain.balance(Chain.SEQUENCER_FEE_VAULT, block).subtract(Chain.balance(Chain.SEQUENCER_FEE_VAULT, block - 1)),
                "tip × gas in the SequencerFeeVault");
        assertTrue(tips.signum() > 0);
    }

    @Test
    void everyViewOfMinedTransactionsAgrees() {
        Wallet a = Wallet.dev(2);
        Wallet b = Wallet.dev(1);
        List<String> hashes = new ArrayList<>();
        long nonceA = a.pendingNonce();
        long nonceB = b.pendingNonce();
        for (int i = 0; i < 3; i++) {
            hashes.add(Chain.sendOk(a.transfer(nonceA + i, Wallet.fresh(10 + i).address(), BigInteger.valueOf(1000 + i))));
        }
        hashes.add(Chain.sendOk(b.transfer(nonceB, a.address(), BigInteger.TEN)));
        Map<Long, List<String>> byBlock = new HashMap<>();
        for (String hash : hashes) {
            JsonNode receipt = Chain.awaitReceipt(hash, MINED);
            byBlock.computeIfAbsent(NosNode.quantity(receipt.get("blockNumber")), n -> new ArrayList<>()).add(hash);
        }
        for (Map.Entry<Long, List<String>> e : byBlock.entrySet()) {
            long number = e.getKey();
            JsonNode block = Chain.fullBlock(number);
            assertEquals(Hash.fromHex(block.get("hash").textValue()), HeaderCheck.recomputedHash(block));
            JsonNode txs = block.get("transactions");
            JsonNode receipts = NosNode.result("eth_getBlockReceipts", "[\"" + Chain.hex(number) + "\"]");
            JsonNode byHashBlockReceipts = NosNode.result("eth_getBlockReceipts", "[\"" + block.get("hash").textValue() + "\"]");
            assertEquals(receipts, byHashBlockReceipts);
            assertEquals(txs.size(), receipts.size());
            assertEquals(txs.size(), NosNode.quantity(NosNode.result("eth_getBlockTransactionCountByNumber", "[\"" + Chain.hex(number) + "\"]")));
            assertEquals(txs.size(), NosNode.quantity(NosNode.result("eth_getBlockTransactionCountByHash", "[\"" + block.get("hash").textValue() + "\"]")));
            JsonNode hashesOnly = NosNode.block(number).get("transactions");
            long cumulative = 0;
            long logs = 0;
            for (int i = 0; i < txs.size(); i++) {
                JsonNode tx = txs.get(i);
                String hash = tx.get("hash").textValue();
                assertEquals(hash, hashesOnly.get(i).textValue());
                assertEquals(tx, Chain.transaction(hash), "eth_getTransactionByHash of " + hash);
                assertEquals(tx, NosNode.result("eth_getTransactionByBlockNumberAndIndex", "[\"" + Chain.hex(number) + "\",\"" + Chain.hex(i) + "\"]"));
                assertEquals(tx, NosNode.result("eth_getTransactionByBlockHashAndIndex", "[\"" + block.get("hash").textValue() + "\",\"" + Chain.hex(i) + "\"]"));
                assertEquals(block.get("hash"), tx.get("blockHash"));
                assertEquals(block.get("number"), tx.get("blockNumber"));
                assertEquals(Chain.hex(i), tx.get("transactionIndex").textValue());
                JsonNode receipt = receipts.get(i);
                assertEquals(receipt, Chain.receipt(hash));
                assertEquals(hash, receipt.get("transactionHash").textValue());
                assertEquals(tx.get("from"), receipt.get("from"));
                assertEquals(tx.get("to"), receipt.get("to"));
                assertEquals(tx.get("gasPrice"), receipt.get("effectiveGasPrice"), "a mined tx's gasPrice is its effective price");
                cumulative += NosNode.quantity(receipt.get("gasUsed"));
                assertEquals(cumulative, NosNode.quantity(receipt.get("cumulativeGasUsed")));
                logs += receipt.get("logs").size();
            }
            assertEquals(cumulative, NosNode.quantity(block.get("gasUsed")), "block gasUsed is the receipts' sum");
            if (logs == 0) assertEquals("0x" + "00".repeat(256), block.get("logsBloom").textValue());
            for (String hash : e.getValue()) {
                assertTrue(txs.findValues("hash").stream().anyMatch(h -> h.textValue().equals(hash)), hash + " in block " + number);
            }
            assertTrue(NosNode.result("eth_getTransactionByBlockNumberAndIndex", "[\"" + Chain.hex(number) + "\",\"" + Chain.hex(txs.size()) + "\"]").isNull());
        }
        assertTrue(Chain.transaction("0x" + "ab".repeat(32)).isNull(), "unknown hash: null");
        assertTrue(Chain.receipt("0x" + "ab".repeat(32)).isNull());
    }
}
