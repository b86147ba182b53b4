package org.nos.web.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JsonRpcDispatcherTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private JsonRpcDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        RpcMethodRegistry registry = new RpcMethodRegistry();
        registry.register("echo", params -> params.required(0));
        registry.register("none", params -> params.atMost(0) == null ? "" : null);
        registry.register("boom", params -> {
            throw new IllegalStateException("boom");
        });
        RpcSettings settings = new RpcSettings();
        settings.maxRequestBytes = 1000;
        settings.maxBatch = 3;
        settings.corsOrigins = "*";
        dispatcher = new JsonRpcDispatcher();
        dispatcher.registry = registry;
        dispatcher.settings = settings;
    }

    @Test
    void answersACallWithItsId() throws Exception {
        JsonNode r = call("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"echo\",\"params\":[\"hi\"]}");
        assertEquals(7, r.get("id").intValue());
        assertEquals("hi", r.get("result").textValue());
        assertEquals("2.0", r.get("jsonrpc").textValue());
    }

    @Test
    void nullResultIsWritten() throws Exception {
        JsonNode r = call("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"none\"}");
        assertTrue(r.has("result") && r.get("result").isNull());
        assertEquals("a", r.get("id").textValue());
    }

    @Test
    void errors() throws Exception {
        assertError(-32700, call("{\"jsonrpc\":\"2.0\",\"id\":1,"));
        assertError(-32700, call(""));
        assertError(-32700, call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"none\"} trailing"));
        assertError(-32600, call("42"));
        assertError(-32600, call("[]"));
        assertError(-32600, call("{\"id\":1,\"method\":\"none\"}"));
        assertError(-32600, call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}"));
        assertError(-32600, call("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"none\"}"));
        assertError(-32601, call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"nope\"}"));
        assertError(-32602, call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"none\",\"params\":[1]}"));
        assertError(-32602, call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":{\"a\":1}}"));
        assertError(-32603, call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"boom\"}"));
    }

    @Test
    void notificationsGetNoAnswer() {
        assertNull(dispatcher.dispatch(bytes("{\"jsonrpc\":\"2.0\",\"method\":\"none\"}")));
        assertNull(dispatcher.dispatch(bytes("{\"jsonrpc\":\"2.0\",\"method\":\"nope\"}")));
        assertNull(dispatcher.dispatch(bytes("[{\"jsonrpc\":\"2.0\",\"method\":\"none\"},{\"jsonrpc\":\"2.0\",\"method\":\"x\"}]")));
    }

    @Test
    void batchAnswersEveryCallButNotifications() throws Exception {
        JsonNode r = call("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":[1]},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"none\"},1]");
        assertEquals(2, r.size());
        assertEquals(1, r.get(0).get("result").intValue());
        assertError(-32600, r.get(1));
    }

    @Test
    void limits() throws Exception {
        assertError(-32600, call("[1,2,3,4]"));
        String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":[\"" + "x".repeat(2000) + "\"]}";
        JsonNode r = JSON.readTree(dispatcher.dispatch(new ByteArrayInputStream(bytes(big)), -1));
        assertError(-32600, r);
        r = JSON.readTree(dispatcher.dispatch(new ByteArrayInputStream(new byte[0]), 5000));
        assertError(-32600, r);
    }

    @Test
    void inMemoryOnlyWhenEveryCallIsInMemory() {
        RpcMethodRegistry registry = dispatcher.registry;
        registry.registerInMemory("constant", params -> "c");
        registry.registerInMemory("head", params -> "h", RpcMethod.InMemoryCondition.latestBlockAt(0)
                .and(RpcMethod.InMemoryCondition.notTrueAt(1)));
        assertTrue(inMemory("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"constant\"}"));
        assertFalse(inMemory("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":[1]}"));
        assertTrue(inMemory("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"constant\"},{\"jsonrpc\":\"2.0\",\"method\":\"constant\"}]"));
        assertFalse(inMemory("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"constant\"},{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"echo\"}]"));
        assertTrue(inMemory("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"head\",\"params\":[\"latest\"]}"));
        assertTrue(inMemory("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"head\",\"params\":[\"latest\",false]}"));
        assertFalse(inMemory("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"head\",\"params\":[\"latest\",true]}"));
        assertFalse(inMemory("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"head\",\"params\":[\"0x1\"]}"));
        assertFalse(inMemory("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"head\",\"params\":[]}"));
        assertFalse(inMemory("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"head\",\"params\":[\"latest\",\"yes\"]}"),
                "a condition that fails leaves the call to a worker");
        // answered with an error without calling a method: no worker needed
        assertTrue(inMemory("{\"jsonrpc\":\"2.0\",\"id\":1,"));
        assertTrue(inMemory("[]"));
        assertTrue(inMemory("[1,2,3,4]"));
        assertTrue(inMemory("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"nope\"}"));
        assertTrue(inMemory("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":{\"a\":1}}"));
        assertTrue(inMemory("[7,{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}]"));
    }

    @Test
    void parseThenAnswerIsDispatch() throws Exception {
        String[] bodies = {
            "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"echo\",\"params\":[{\"a\":[1,2]}]}",
            "[{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"none\"},{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"echo\",\"params\":[true]}]",
            "{\"jsonrpc\":\"2.0\",\"id\":12345678901234567890,\"method\":\"echo\",\"params\":[false]}",
            "not json",
        };
        for (String body : bodies) {
            byte[] answer = dispatcher.answer(dispatcher.parse(bytes(body)));
            assertEquals(new String(dispatcher.dispatch(bytes(body)), StandardCharsets.UTF_8), new String(answer, StandardCharsets.UTF_8));
        }
        JsonNode r = call(bodies[1]);
        assertEquals(1.5, r.get(0).get("id").doubleValue());
        assertTrue(r.get(1).get("id").isNull());
        assertTrue(r.get(1).get("result").booleanValue());
        assertEquals("12345678901234567890", call(bodies[2]).get("id").bigIntegerValue().toString());
    }

    @Test
    void cannedAnswers() throws Exception {
        assertError(-32600, JSON.readTree(dispatcher.tooLarge()));
        assertTrue(JSON.readTree(dispatcher.tooLarge()).get("error").get("message").textValue().contains("1000 bytes"));
        assertError(-32600, JSON.readTree(dispatcher.unreadable("reset")));
        assertError(-32603, JSON.readTree(dispatcher.internalError()));
    }

    private boolean inMemory(String body) {
        return dispatcher.answersInMemory(dispatcher.parse(bytes(body)));
    }

    private JsonNode call(String body) throws Exception {
        return JSON.readTree(dispatcher.dispatch(bytes(body)));
    }

    private static void assertError(int code, JsonNode response) {
        assertEquals(code, response.get("error").get("code").intValue(), response.toString());
        assertTrue(response.has("id"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
