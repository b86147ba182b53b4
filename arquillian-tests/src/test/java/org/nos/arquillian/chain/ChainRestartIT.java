package org.nos.arquillian.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
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
import org.nos.protocol.base.Hash;

/**
 * Stops the server and starts it again: the chain continues from the stored head, hash-chained, with
 * exact timestamps (the missed blocks are caught up), and no timestamp repeats. Each start rehearses sealing and
 * storing on the same tables, in transactions it rolls back: none of it may show in the chain's state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChainRestartIT {
    private static final String CONTAINER = "wildfly-manual";
    private static final String DEPLOYMENT = "nos";

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    /** The first dev account, which sends the start-up rehearsal's first transactions. */
    private static final String DEV_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    /** Where the rehearsal deploys its token: the first dev account's first contract. */
    private static final String REHEARSAL_TOKEN = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @Test
    void chainContinuesAfterRestart() {
        controller.start(CONTAINER);
        deployer.deploy(DEPLOYMENT);
        long beforeStop;
        JsonNode lastBeforeStop;
        try {
            NosNode.await(Duration.ofSeconds(60), "three blocks", () -> NosNode.blockNumber() >= 3);
            beforeStop = NosNode.blockNumber();
            lastBeforeStop = NosNode.block(beforeStop);
            assertNothingRehearsedIsKept();
            NosNode.await(Duration.ofSeconds(30), "ready before the stop",
                    () -> "UP".equals(NosNode.health("ready").get("status").textValue()));
        } finally {
            controller.stop(CONTAINER);
        }

        NosNode.sleep(5_000);
        controller.start(CONTAINER);
        try {
            // the deployment is still on the server, which deploys it again at boot
            NosNode.await(Duration.ofSeconds(120), "blocks after the restart", () -> NosNode.blockNumber() > beforeStop + 3);
            NosNode.await(Duration.ofSeconds(30), "ready after catching up",
                    () -> "UP".equals(NosNode.health("ready").get("status").textValue()));

            assertEquals(lastBeforeStop.get("hash"), NosNode.block(beforeStop).get("hash"), "the stored head survived");
            long head = NosNode.blockNumber();
            long genesisTime = NosNode.quantity(NosNode.block(0).get("timestamp"));
            Set<Long> timestamps = new HashSet<>();
            JsonNode parent = NosNode.block(0);
            for (long n = 1; n <= head; n++) {
                JsonNode block = NosNode.block(n);
                long timestamp = NosNode.quantity(block.get("timestamp"));
                assertEquals(genesisTime + 2 * n, timestamp, "timestamp of block " + n);
                assertTrue(timestamps.add(timestamp), "timestamp repeated at block " + n);
                assertEquals(parent.get("hash"), block.get("parentHash"), "parent of block " + n);
                assertEquals(Hash.fromHex(block.get("hash").textValue()), HeaderCheck.recomputedHash(block));
                parent = block;
            }
            long lag = System.currentTimeMillis() / 1000 - NosNode.quantity(parent.get("timestamp"));
            assertTrue(lag <= 6, "caught up with the clock: head is " + lag + " s behind");
            assertNothingRehearsedIsKept();
        } finally {
            deployer.undeploy(DEPLOYMENT);
            controller.stop(CONTAINER);
        }
    }

    private static void assertNothingRehearsedIsKept() {
        String latest = "[\"" + DEV_0 + "\", \"latest\"]";
        assertEquals("0x0", NosNode.result("eth_getTransactionCount", latest).textValue(), "dev account 0's nonce");
        assertEquals("0x21e19e0c9bab2400000", NosNode.result("eth_getBalance", latest).textValue(),
                "dev account 0's balance: 10,000 ETH, as at genesis");
        assertEquals("0x", NosNode.result("eth_getCode", "[\"" + REHEARSAL_TOKEN + "\", \"latest\"]").textValue(),
                "no code where the rehearsal deploys its token");
    }
}
