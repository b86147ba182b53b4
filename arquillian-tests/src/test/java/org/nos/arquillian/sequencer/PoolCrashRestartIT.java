package org.nos.arquillian.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nos.arquillian.HeaderCheck;
import org.nos.arquillian.NosEar;
import org.nos.arquillian.NosNode;
import org.nos.arquillian.ServerCli;
import org.nos.arquillian.ServerProcess;
import org.nos.protocol.base.Hash;

/**
 * kill -9 of the WildFly JVM with transactions in the pool: first while sealing is paused (all 200 come back
 * pending), then while blocks are being sealed. Every accepted transaction is pending or sealed afterwards, and
 * every stored block is whole and hash-chained to its parent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PoolCrashRestartIT {
    private static final String CONTAINER = "wildfly-manual";
    private static final String DEPLOYMENT = "nos-crash";
    private static final int PER_SENDER = 100;

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    private final Wallet alice = Wallet.dev(8);
    private final Wallet bob = Wallet.dev(9);
    private final String to = Wallet.fresh(8).address();

    @Test
    void acceptedTransactionsSurviveKillNine() throws Exception {
        controller.start(CONTAINER);
        deployer.deploy(DEPLOYMENT);
        try {
            NosNode.await(Duration.ofSeconds(120), "two blocks", () -> NosNode.blockNumber() >= 2);
            BigInteger startBalance = Chain.balance(to, NosNode.blockNumber());
            long aliceStart = alice.pendingNonce();
            long bobStart = bob.pendingNonce();

            // 1. sealing paused: 200 transactions only in the pool, then kill -9
            List<String> first;
            try (ServerCli cli = ServerCli.connect()) {
                cli.execute("/system-property=nos.sequencer.enabled:add(value=false)");
            }
            NosNode.sleep(3_000);
            first = sendBoth(aliceStart, bobStart);
            long pooled = Chain.txpoolStatus()[0];
            assertEquals(2 * PER_SENDER, pooled);
            killAndRestart();
            // the runtime property was persisted: still paused, and the pool came back from the database
            assertEquals(2 * PER_SENDER, Chain.txpoolStatus()[0], "every accepted transaction is pending again");
            for (String hash : first) {
                JsonNode tx = Chain.transaction(hash);
                assertTrue(!tx.isNull() && tx.get("blockHash").isNull(), hash + " pending after the crash");
            }
            try (ServerCli cli = ServerCli.connect()) {
                cli.execute("/system-property=nos.sequencer.enabled:remove");
            }
            for (String hash : first) assertEquals("0x1", Chain.awaitReceipt(hash, Duration.ofSeconds(90)).get("status").textValue());

            // 2. kill -9 while blocks are being sealed with transactions arriving
            List<String> second = sendBoth(aliceStart + PER_SENDER, bobStart + PER_SENDER);
            killAndRestart();
            for (String hash : second) {
                assertTrue(!Chain.transaction(hash).isNull(), hash + " is pending or sealed after the crash");
            }
            for (String hash : second) assertEquals("0x1", Chain.awaitReceipt(hash, Duration.ofSeconds(90)).get("status").textValue());

            assertEquals(aliceStart + 2 * PER_SENDER, alice.latestNonce());
            assertEquals(bobStart + 2 * PER_SENDER, bob.latestNonce());
            long head = NosNode.blockNumber();
            assertEquals(startBalance.add(BigInteger.valueOf(4L * PER_SENDER * 3)), Chain.balance(to, head),
                    "each transfer applied exactly once");
            assertWholeHashChainedBlocks(head);
        } finally {
            try (ServerCli cli = ServerCli.connect()) {
                // never leave the persisted pause behind for the next test on this base directory
                cli.execute("/system-property=nos.sequencer.enabled:remove");
            } catch (IOException | AssertionError | RuntimeException notPaused) {
                // not set: nothing to undo
            }
            try {
                deployer.undeploy(DEPLOYMENT);
            } finally {
                controller.stop(CONTAINER);
            }
        }
    }

    private List<String> sendBoth(long aliceNonce, long bobNonce) {
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < PER_SENDER; i++) {
            hashes.add(Chain.sendOk(alice.transfer(aliceNonce + i, to, BigInteger.valueOf(3))));
            hashes.add(Chain.sendOk(bob.transfer(bobNonce + i, to, BigInteger.valueOf(3))));
        }
        return hashes;
    }

    private void killAndRestart() {
        ServerProcess.killNineAndRestart(controller, CONTAINER);
        NosNode.await(Duration.ofSeconds(60), "the pool answering after the restart",
                () -> !NosNode.call("txpool_status", "[]").has("error"));
    }

    /** Every block from genesis to {@code head}: hash recomputed, parent linked, transactions and receipts complete. */
    static void assertWholeHashChainedBlocks(long head) {
        JsonNode parent = NosNode.block(0);
        for (long n = 1; n <= head; n++) {
            JsonNode block = NosNode.block(n);
            assertEquals(Hash.fromHex(block.get("hash").textValue()), HeaderCheck.recomputedHash(block), "hash of block " + n);
            assertEquals(parent.get("hash"), block.get("parentHash"), "parent of block " + n);
            int txs = block.get("transactions").size();
            if (txs > 0) {
                JsonNode receipts = NosNode.result("eth_getBlockReceipts", "[\"" + Chain.hex(n) + "\"]");
                assertEquals(txs, receipts.size(), "receipts of block " + n);
                long gas = 0;
                for (JsonNode r : receipts) {
                    assertEquals(block.get("hash"), r.get("blockHash"));
                    gas += NosNode.quantity(r.get("gasUsed"));
                }
                assertEquals(NosNode.quantity(block.get("gasUsed")), gas, "gas of block " + n);
            }
            parent = block;
        }
    }
}
