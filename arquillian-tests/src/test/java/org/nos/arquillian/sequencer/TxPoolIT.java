package org.nos.arquillian.sequencer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nos.arquillian.NosEar;
import org.nos.arquillian.NosNode;
import org.web3j.crypto.Keys;

/** txpool_status and txpool_content while transactions wait: pending lanes, a gapped (queued) one, then mining. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TxPoolIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @Test
    void pendingAndQueuedWhileSealingIsPaused() throws Exception {
        Wallet wallet = Wallet.dev(5);
        String to = Wallet.fresh(5).address();
        String checksum = Keys.toChecksumAddress(wallet.address());
        List<String> hashes = new ArrayList<>();
        String gapped;
        long nonce;
        try (Chain.PausedSealing paused = new Chain.PausedSealing()) {
            long[] before = Chain.txpoolStatus();
            nonce = wallet.pendingNonce();
            for (int i = 0; i < 3; i++) hashes.add(Chain.sendOk(wallet.transfer(nonce + i, to, BigInteger.valueOf(7))));
            gapped = Chain.sendOk(wallet.transfer(nonce + 4, to, BigInteger.valueOf(7)));
            assertArrayEquals(new long[] {before[0] + 3, before[1] + 1}, Chain.txpoolStatus());
            assertEquals(nonce + 3, wallet.pendingNonce(), "the pending nonce stops at the gap");
            assertEquals(nonce, wallet.latestNonce());

            JsonNode content = NosNode.result("txpool_content", "[]");
            JsonNode pending = content.get("pending").get(checksum);
            assertEquals(3, pending.size());
            for (int i = 0; i < 3; i++) {
                JsonNode tx = pending.get(Long.toString(nonce + i));
                assertEquals(hashes.get(i), tx.get("hash").textValue());
                assertTrue(tx.get("blockHash").isNull() && tx.get("blockNumber").isNull() && tx.get("transactionIndex").isNull());
                assertEquals(Chain.hex(Wallet.FEE_CAP.longValueExact()), tx.get("gasPrice").textValue(), "pending: gasPrice is the fee cap");
                assertEquals(tx, Chain.transaction(hashes.get(i)), "eth_getTransactionByHash finds it in the pool");
            }
            JsonNode queued = content.get("queued").get(checksum);
            assertEquals(1, queued.size());
            assertEquals(gapped, queued.get(Long.toString(nonce + 4)).get("hash").textValue());
            assertTrue(Chain.receipt(hashes.get(0)).isNull(), "no receipt while pending");
        }
        for (String hash : hashes) assertEquals("0x1", Chain.awaitReceipt(hash, Duration.ofSeconds(60)).get("status").textValue());
        NosNode.sleep(4_500);
        assertTrue(Chain.receipt(gapped).isNull(), "the gapped transaction waits");
        assertEquals(1, NosNode.result("txpool_content", "[]").get("queued").get(checksum).size());
        assertFalse(NosNode.result("txpool_content", "[]").get("pending").has(checksum));

        String filler = Chain.sendOk(wallet.transfer(nonce + 3, to, BigInteger.valueOf(7)));
        Chain.awaitReceipt(filler, Duration.ofSeconds(30));
        Chain.awaitReceipt(gapped, Duration.ofSeconds(30));
        assertEquals(nonce + 5, wallet.latestNonce());
        JsonNode content = NosNode.result("txpool_content", "[]");
        assertFalse(content.get("pending").has(checksum));
        assertFalse(content.get("queued").has(checksum));
    }
}
