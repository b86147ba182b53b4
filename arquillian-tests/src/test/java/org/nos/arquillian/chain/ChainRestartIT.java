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
 * exact timestamps (the missed blocks are caught up), and no timestamp repeats.
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
        } finally {
            deployer.undeploy(DEPLOYMENT);
            controller.stop(CONTAINER);
        }
    }
}
