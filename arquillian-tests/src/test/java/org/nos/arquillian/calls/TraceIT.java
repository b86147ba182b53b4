package org.nos.arquillian.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.arquillian.calls.EventEmitterContract.withUints;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nos.arquillian.NosEar;
import org.nos.arquillian.NosNode;
import org.web3j.abi.FunctionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

/**
 * debug_traceTransaction and debug_traceCall on EventEmitter.relay, which CALLs emitPing and STATICCALLs echo on
 * itself: geth's struct logs (gas = the receipt's gasUsed, depths 1 and 2) and callTracer's nested call frames.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TraceIT {
    private static final String RELAY_SELECTOR = FunctionEncoder.encode(withUints("relay", 0)).substring(0, 10);
    private static final String EMIT_PING_SELECTOR = FunctionEncoder.encode(withUints("emitPing", 0)).substring(0, 10);
    private static final String ECHO_SELECTOR = FunctionEncoder.encode(withUints("echo", 0)).substring(0, 10);

    private static Web3j web3;
    private static EventEmitterContract emitter;
    private static TransactionReceipt relay;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @BeforeAll
    static void deployAndRelay() throws Exception {
        web3 = Web3j.build(new HttpService(NosNode.RPC_URL));
        emitter = EventEmitterContract.deploy(web3);
        relay = emitter.transact(withUints("relay", 5));
    }

    @AfterAll
    static void disconnect() {
        if (web3 != null) web3.shutdown();
    }

    @Test
    void structLogsOfATopLevelCall() {
        JsonNode trace = NosNode.result("debug_traceTransaction", "[\"" + relay.getTransactionHash() + "\"]");
        assertEquals(relay.getGasUsed().longValueExact(), trace.get("gas").longValue());
        assertFalse(trace.get("failed").booleanValue());
        assertTrue(trace.get("returnValue").textValue().endsWith("0".repeat(63) + "5"), trace.get("returnValue").toString());

        JsonNode logs = trace.get("structLogs");
        assertTrue(logs.size() > 50, "only " + logs.size() + " steps");
        JsonNode first = logs.get(0);
        assertEquals(0, first.get("pc").intValue());
        assertEquals(1, first.get("depth").intValue());
        assertEquals(transactionGas() - intrinsic(), first.get("gas").longValue(), "the first step's gas: limit - intrinsic");
        Set<String> depth1 = new HashSet<>();
        Set<String> depth2 = new HashSet<>();
        for (JsonNode step : logs) {
            (step.get("depth").intValue() == 1 ? depth1 : depth2).add(step.get("op").textValue());
            assertTrue(step.get("depth").intValue() <= 2, step.toString());
            assertTrue(step.has("gasCost"), step.toString());
        }
        assertTrue(depth1.containsAll(Set.of("CALL", "STATICCALL", "SSTORE", "RETURN")), depth1.toString());
        assertTrue(depth2.contains("LOG2"), depth2.toString());
    }

    @Test
    void callTracerShowsTheNestedCalls() {
        JsonNode top = NosNode.result("debug_traceTransaction", "[\"" + relay.getTransactionHash() + "\",{\"tracer\":\"callTracer\"}]");
        String self = emitter.address().toLowerCase();
        assertEquals("CALL", top.get("type").textValue());
        assertEquals(EventEmitterContract.OWNER.getAddress().toLowerCase(), top.get("from").textValue().toLowerCase());
        assertEquals(self, top.get("to").textValue().toLowerCase());
        assertTrue(top.get("input").textValue().startsWith(RELAY_SELECTOR));
        assertEquals(relay.getGasUsed(), quantity(top.get("gasUsed")));

        JsonNode calls = top.get("calls");
        assertEquals(2, calls.size(), calls.toString());
        assertEquals("CALL", calls.get(0).get("type").textValue());
        assertEquals(self, calls.get(0).get("from").textValue().toLowerCase());
        assertEquals(self, calls.get(0).get("to").textValue().toLowerCase());
        assertTrue(calls.get(0).get("input").textValue().startsWith(EMIT_PING_SELECTOR));
        assertEquals("STATICCALL", calls.get(1).get("type").textValue());
        assertTrue(calls.get(1).get("input").textValue().startsWith(ECHO_SELECTOR));
        assertEquals("0x" + "0".repeat(63) + "5", calls.get(1).get("output").textValue());
        assertFalse(top.has("error"), top.toString());
    }

    @Test
    void callTracerOfARevertingCall() {
        String data = FunctionEncoder.encode(EventEmitterContract.fail("traced"));
        JsonNode top = NosNode.result("debug_traceCall", "[{\"from\":\"" + EventEmitterContract.OWNER.getAddress() + "\",\"to\":\""
                + emitter.address() + "\",\"data\":\"" + data + "\"},\"latest\",{\"tracer\":\"callTracer\"}]");
        assertEquals("execution reverted", top.get("error").textValue());
        assertEquals("traced", top.get("revertReason").textValue());
        assertTrue(top.get("output").textValue().startsWith("0x08c379a0"), top.toString());
    }

    private static long intrinsic() {
        // 21000 + 4 per zero and 16 per non-zero calldata byte
        String data = FunctionEncoder.encode(withUints("relay", 5)).substring(2);
        long gas = 21_000;
        for (int i = 0; i < data.length(); i += 2) gas += data.startsWith("00", i) ? 4 : 16;
        return gas;
    }

    private long transactionGas() {
        JsonNode tx = NosNode.result("eth_getTransactionByHash", "[\"" + relay.getTransactionHash() + "\"]");
        return NosNode.quantity(tx.get("gas"));
    }

    private static BigInteger quantity(JsonNode hex) {
        return new BigInteger(hex.textValue().substring(2), 16);
    }
}
