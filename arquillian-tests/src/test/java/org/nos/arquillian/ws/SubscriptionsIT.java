package org.nos.arquillian.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.nos.arquillian.calls.EventEmitterContract;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

/** eth_subscribe on ws://…/ws: newHeads as consecutive, hash-chained headers, logs of a contract, unsubscribing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubscriptionsIT {
    private static final Duration BLOCK_WAIT = Duration.ofSeconds(10);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @Test
    void newHeadsArriveOneBlockAfterAnother() throws Exception {
        try (RpcWebSocket ws = new RpcWebSocket()) {
            String id = ws.request("eth_subscribe", "[\"newHeads\"]").get("result").textValue();
            assertTrue(id.startsWith("0x"), id);
            JsonNode previous = ws.notification(id, BLOCK_WAIT);
            assertNotNull(previous, "no newHeads notification within " + BLOCK_WAIT);
            for (int i = 0; i < 2; i++) {
                JsonNode head = ws.notification(id, BLOCK_WAIT);
                assertNotNull(head, "no newHeads notification within " + BLOCK_WAIT);
                assertEquals(NosNode.quantity(previous.get("number")) + 1, NosNode.quantity(head.get("number")));
                assertEquals(previous.get("hash"), head.get("parentHash"));
                JsonNode block = NosNode.block(NosNode.quantity(head.get("number")));
                for (String field : List.of("hash", "parentHash", "stateRoot", "timestamp", "baseFeePerGas", "miner", "logsBloom")) {
                    assertEquals(block.get(field), head.get(field), field);
                }
                previous = head;
            }
        }
    }

    @Test
    void logsOfAContract() throws Exception {
        Web3j web3 = Web3j.build(new HttpService(NosNode.RPC_URL));
        try (RpcWebSocket ws = new RpcWebSocket()) {
            EventEmitterContract emitter = EventEmitterContract.deploy(web3);
            String ping = EventEncoder.encode(new Event("Ping", List.of(new TypeReference<Uint256>(true) { })));
            String id = ws.request("eth_subscribe", "[\"logs\",{\"address\":\"" + emitter.address() + "\",\"topics\":[\"" + ping + "\"]}]")
                    .get("result").textValue();
            emitter.transact(EventEmitterContract.withUints("setValue", 3)); // ValueChanged, not Ping: filtered out
            TransactionReceipt receipt = emitter.transact(EventEmitterContract.withUints("emitPing", 5));

            JsonNode log = ws.notification(id, BLOCK_WAIT);
            assertNotNull(log, "no logs notification");
            assertEquals(emitter.address().toLowerCase(), log.get("address").textValue().toLowerCase());
            assertEquals(ping, log.get("topics").get(0).textValue());
            assertEquals(receipt.getTransactionHash(), log.get("transactionHash").textValue());
            assertEquals(receipt.getBlockHash(), log.get("blockHash").textValue());
            assertEquals(false, log.get("removed").booleanValue());
            assertNull(ws.notification(id, Duration.ofMillis(500)), "one Ping, one notification");
        } finally {
            web3.shutdown();
        }
    }

    @Test
    void unsubscribeStopsTheNotifications() throws Exception {
        try (RpcWebSocket ws = new RpcWebSocket()) {
            assertEquals("0xa4e5", ws.request("eth_chainId", "[]").get("result").textValue());
            String id = ws.request("eth_subscribe", "[\"newHeads\"]").get("result").textValue();
            assertNotNull(ws.notification(id, BLOCK_WAIT));
            assertTrue(ws.request("eth_unsubscribe", "[\"" + id + "\"]").get("result").booleanValue());
            ws.notification(id, Duration.ofMillis(200)); // one may have been on its way
            assertNull(ws.notification(id, Duration.ofMillis(4_500)), "a notification after eth_unsubscribe");
            assertTrue(ws.request("eth_unsubscribe", "[\"" + id + "\"]").has("error"));
        }
    }
}
