package org.nos.arquillian.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nos.arquillian.NosEar;
import org.nos.arquillian.NosNode;

/** Every JSON-RPC error case over real HTTP: always HTTP 200 with an error object, never a 500 or a stack trace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JsonRpcErrorsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @Test
    void parseError() {
        assertError(-32700, NosNode.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":"));
        assertError(-32700, NosNode.post("not json at all"));
        assertError(-32700, NosNode.post(""));
        assertError(-32700, NosNode.post(NosNode.RPC_URL, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00}));
    }

    @Test
    void invalidRequest() {
        assertError(-32600, NosNode.post("42"));
        assertError(-32600, NosNode.post("[]"));
        assertError(-32600, NosNode.post("{\"id\":1,\"method\":\"eth_chainId\"}"));
        assertError(-32600, NosNode.post("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"eth_chainId\"}"));
        assertError(-32600, NosNode.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":42}"));
        assertError(-32600, NosNode.post("{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"eth_chainId\"}"));
    }

    @Test
    void methodNotFound() {
        JsonNode error = assertError(-32601, NosNode.post("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"eth_noSuchMethod\"}"));
        assertTrue(error.get("error").get("message").textValue().contains("eth_noSuchMethod"));
        assertEquals("x", error.get("id").textValue());
    }

    @Test
    void invalidParams() {
        String[] bad = {
            "\"eth_getBlockByNumber\",\"params\":[12,false]",
            "\"eth_getBlockByNumber\",\"params\":[\"0xzz\",false]",
            "\"eth_getBlockByNumber\",\"params\":[\"0x01\",false]",
            "\"eth_getBlockByNumber\",\"params\":[\"newest\",false]",
            "\"eth_getBlockByNumber\",\"params\":[\"latest\",\"yes\"]",
            "\"eth_getBlockByNumber\",\"params\":[]",
            "\"eth_getBlockByNumber\",\"params\":[\"latest\",false,3]",
            "\"eth_getBlockByNumber\",\"params\":{\"block\":\"latest\"}",
            "\"eth_getBlockByHash\",\"params\":[\"0x1234\",false]",
            "\"eth_getBlockByHash\",\"params\":[true,false]",
            "\"eth_blockNumber\",\"params\":[1]",
        };
        for (String call : bad) {
            assertError(-32602, NosNode.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":" + call + "}"));
        }
    }

    @Test
    void batches() {
        HttpResponse<String> response = NosNode.post("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"eth_blockNumber\"},"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"nope\"},"
                + "7]");
        assertEquals(200, response.statusCode());
        JsonNode answers = NosNode.json(response.body());
        assertEquals(3, answers.size(), "the notification gets no answer");
        assertEquals("0xa4e5", answers.get(0).get("result").textValue());
        assertEquals(-32601, answers.get(1).get("error").get("code").intValue());
        assertEquals(-32600, answers.get(2).get("error").get("code").intValue());
    }

    @Test
    void notificationsGetNoContent() {
        assertEquals(204, NosNode.post("{\"jsonrpc\":\"2.0\",\"method\":\"eth_blockNumber\"}").statusCode());
        HttpResponse<String> batch = NosNode.post("[{\"jsonrpc\":\"2.0\",\"method\":\"eth_blockNumber\"},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"nope\"}]");
        assertEquals(204, batch.statusCode());
        assertTrue(batch.body().isEmpty());
    }

    @Test
    void limits() {
        StringBuilder big = new StringBuilder("[");
        for (int i = 0; i < 1001; i++) big.append(i == 0 ? "" : ",").append("{\"jsonrpc\":\"2.0\",\"id\":").append(i)
                .append(",\"method\":\"eth_chainId\"}");
        assertError(-32600, NosNode.post(big.append("]").toString()));

        byte[] oversized = new byte[6 * 1024 * 1024];
        Arrays.fill(oversized, (byte) ' ');
        byte[] head = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"}".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, oversized, 0, head.length);
        assertError(-32600, NosNode.post(NosNode.RPC_URL, oversized));

        // a 1000-request batch is within the limit
        StringBuilder ok = new StringBuilder("[");
        for (int i = 0; i < 1000; i++) ok.append(i == 0 ? "" : ",").append("{\"jsonrpc\":\"2.0\",\"id\":").append(i)
                .append(",\"method\":\"eth_blockNumber\"}");
        HttpResponse<String> response = NosNode.post(ok.append("]").toString());
        assertEquals(1000, NosNode.json(response.body()).size());
    }

    @Test
    void rootPathServesJsonRpcToo() {
        HttpResponse<String> response = NosNode.post(NosNode.ROOT_URL,
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        assertEquals("0xa4e5", NosNode.json(response.body()).get("result").textValue());
    }

    @Test
    void corsPreflightAndHeaders() {
        HttpResponse<String> preflight = NosNode.send(HttpRequest.newBuilder(URI.create(NosNode.RPC_URL))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://wallet.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build());
        assertTrue(preflight.statusCode() == 200 || preflight.statusCode() == 204, "status " + preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase().contains("content-type"));

        HttpResponse<String> call = NosNode.send(HttpRequest.newBuilder(URI.create(NosNode.RPC_URL))
                .header("Origin", "http://wallet.example").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"}"))
                .build());
        assertEquals("*", call.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    private static JsonNode assertError(int code, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode json = NosNode.json(response.body());
        assertEquals("2.0", json.get("jsonrpc").textValue(), response.body());
        assertTrue(json.has("id"), response.body());
        assertFalse(json.has("result"), response.body());
        assertEquals(code, json.get("error").get("code").intValue(), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
        return json;
    }
}
