package org.nos.arquillian.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nos.arquillian.NosEar;
import org.nos.arquillian.NosNode;
import org.nos.arquillian.ServerCli;

/** Health on the management port, and readiness going DOWN while sealing is paused, UP again after. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @Test
    void liveReadyStarted() {
        NosNode.await(Duration.ofSeconds(30), "ready", () -> "UP".equals(NosNode.health("ready").get("status").textValue()));
        JsonNode ready = NosNode.health("ready");
        assertEquals("UP", NosNode.checkStatus(ready, "nos-database"));
        assertEquals("UP", NosNode.checkStatus(ready, "nos-chain-head"));
        assertEquals(System.getProperty("nos.expected.database", "H2"), checkData(ready, "nos-database").get("product").textValue());
        JsonNode live = NosNode.health("live");
        assertEquals("UP", live.get("status").textValue());
        assertEquals("UP", NosNode.checkStatus(live, "nos-node"));
        JsonNode started = NosNode.health("started");
        assertEquals("UP", started.get("status").textValue());
        assertEquals("UP", NosNode.checkStatus(started, "nos-genesis"));
    }

    private static JsonNode checkData(JsonNode health, String name) {
        for (JsonNode check : health.get("checks")) {
            if (name.equals(check.get("name").textValue())) return check.get("data");
        }
        throw new AssertionError("no check " + name + " in " + health);
    }

    @Test
    void readinessIsDownWhileTheHeadStopsAdvancing() throws Exception {
        NosNode.await(Duration.ofSeconds(30), "ready", () -> "UP".equals(NosNode.health("ready").get("status").textValue()));
        try (ServerCli cli = ServerCli.connect()) {
            cli.execute("/system-property=nos.sequencer.enabled:add(value=false)");
            try {
                NosNode.await(Duration.ofSeconds(20), "ready DOWN",
                        () -> "DOWN".equals(NosNode.checkStatus(NosNode.health("ready"), "nos-chain-head")));
                assertEquals("DOWN", NosNode.health("ready").get("status").textValue());
                assertEquals("UP", NosNode.checkStatus(NosNode.health("ready"), "nos-database"));
                assertEquals("UP", NosNode.health("live").get("status").textValue());
                long paused = NosNode.blockNumber();
                NosNode.sleep(2_500);
                assertEquals(paused, NosNode.blockNumber(), "no block sealed while paused");
            } finally {
                cli.execute("/system-property=nos.sequencer.enabled:remove");
            }
        }
        NosNode.await(Duration.ofSeconds(20), "ready UP again",
                () -> "UP".equals(NosNode.health("ready").get("status").textValue()));
        // the missed blocks were caught up with exact timestamps
        long head = NosNode.blockNumber();
        long genesisTime = NosNode.quantity(NosNode.block(0).get("timestamp"));
        for (long n = Math.max(1, head - 15); n <= head; n++) {
            assertEquals(genesisTime + 2 * n, NosNode.quantity(NosNode.block(n).get("timestamp")), "block " + n);
        }
    }
}
