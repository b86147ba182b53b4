package org.nos.web.rpc.undertow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.undertow.Undertow;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nos.web.rpc.JsonRpcDispatcher;
import org.nos.web.rpc.RpcFixtures;
import org.nos.web.rpc.RpcMethodRegistry;
import org.nos.web.rpc.RpcSettings;

/** The fast path over real HTTP on an embedded Undertow: paths, methods, CORS, limits, IO thread versus worker. */
class JsonRpcHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Undertow server;
    private static String base;

    @BeforeAll
    static void start() {
        server = serve(header -> true);
        base = baseOf(server);
    }

    /** An embedded Undertow with the handler, whose warm-up gate is {@code admits}. */
    private static Undertow serve(Predicate<String> admits) {
        RpcMethodRegistry registry = new RpcMethodRegistry();
        registry.registerInMemory("thread_fast", params -> Thread.currentThread().getName());
        registry.register("thread_slow", params -> Thread.currentThread().getName());
        registry.register("context_loader", params -> String.valueOf(Thread.currentThread().getContextClassLoader()));
        RpcSettings settings = RpcFixtures.settings(2000, 3, "http://wallet.example");
        JsonRpcDispatcher dispatcher = RpcFixtures.dispatcher(registry, settings);
        ClassLoader deploymentLoader = new ClassLoader(JsonRpcHandlerTest.class.getClassLoader()) {
            @Override
            public String toString() {
                return "deployment-loader";
            }
        };
        JsonRpcBeans beans = new JsonRpcBeans(deploymentLoader, () -> new JsonRpcBeans.Resolved(dispatcher, settings,
                (exchange, request) -> {
                    Thread.currentThread().setContextClassLoader(deploymentLoader);
                    return dispatcher.answer(request);
                }, admits));
        JsonRpcHandler handler = new JsonRpcHandler(exchange -> {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
            exchange.getResponseSender().send("servlet chain");
        }, beans);
        Undertow undertow = Undertow.builder().addHttpListener(0, "127.0.0.1").setIoThreads(1).setWorkerThreads(2)
                .setHandler(handler).build();
        undertow.start();
        return undertow;
    }

    private static String baseOf(Undertow undertow) {
        return "http://127.0.0.1:" + ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void inMemoryCallsRunOnTheIoThreadOthersOnAWorker() throws Exception {
        assertTrue(result(post("/rpc", call(1, "thread_fast"))).contains("I/O"));
        assertFalse(result(post("/rpc", call(1, "thread_slow"))).contains("I/O"));
        JsonNode mixed = JSON.readTree(post("/", "[" + call(1, "thread_fast") + "," + call(2, "thread_slow") + "]").body());
        assertFalse(mixed.get(0).get("result").textValue().contains("I/O"), "one blocking call sends the whole batch to a worker");
        assertFalse(mixed.get(1).get("result").textValue().contains("I/O"));
        assertEquals("deployment-loader", result(post("/rpc", call(1, "context_loader"))));
    }

    @Test
    void bothPathsAnswerAndOthersGoOn() throws Exception {
        for (String path : new String[] {"/", "/rpc", "/rpc/"}) {
            HttpResponse<String> response = post(path, call(7, "thread_fast"));
            assertEquals(200, response.statusCode(), path);
            assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
            assertEquals(7, JSON.readTree(response.body()).get("id").intValue());
        }
        assertEquals("servlet chain", post("/other", call(1, "thread_fast")).body());
        assertTrue(rawGet("/", "Upgrade: websocket\r\n").endsWith("servlet chain"), "upgrades (WebSocket) are the servlet chain's");
        assertTrue(rawGet("/", "").endsWith("/rpc.\n"));
        HttpResponse<String> info = send(HttpRequest.newBuilder(URI.create(base + "/rpc")).GET().build());
        assertEquals(200, info.statusCode());
        assertTrue(info.body().startsWith("NOS JSON-RPC 2.0 endpoint"));
        HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create(base + "/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertTrue(head.body().isEmpty());
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "/rpc"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(405, put.statusCode());
        assertTrue(put.headers().firstValue("Allow").orElse("").contains("POST"));
    }

    @Test
    void whileWarmingUpOnlyTheWarmupIsServedAndOthersGet503WithAJsonRpcError() throws Exception {
        AtomicBoolean warm = new AtomicBoolean();
        Undertow warming = serve(header -> warm.get() || "token".equals(header));
        try {
            URI rpc = URI.create(baseOf(warming) + "/rpc");
            HttpResponse<String> refused = send(HttpRequest.newBuilder(rpc).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(call(1, "thread_fast"))).build());
            assertEquals(503, refused.statusCode());
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
            assertEquals("application/json", refused.headers().firstValue("Content-Type").orElse(""));
            assertEquals(-32002, JSON.readTree(refused.body()).get("error").get("code").intValue(), refused.body());
            HttpResponse<String> warmup = send(HttpRequest.newBuilder(rpc).header("Content-Type", "application/json")
                    .header("X-Nos-Warmup", "token").POST(HttpRequest.BodyPublishers.ofString(call(2, "thread_slow"))).build());
            assertEquals(200, warmup.statusCode());
            assertEquals(2, JSON.readTree(warmup.body()).get("id").intValue());
            assertEquals(503, send(HttpRequest.newBuilder(rpc).header("X-Nos-Warmup", "guess")
                    .POST(HttpRequest.BodyPublishers.ofString(call(3, "thread_fast"))).build()).statusCode());
            warm.set(true);
            assertEquals(200, send(HttpRequest.newBuilder(rpc)
                    .POST(HttpRequest.BodyPublishers.ofString(call(4, "thread_fast"))).build()).statusCode());
        } finally {
            warming.stop();
        }
    }

    @Test
    void errorsAreJsonWithStatus200AndNotificationsGet204() throws Exception {
        assertErrorCode(-32700, post("/rpc", "{"));
        assertErrorCode(-32700, post("/rpc", ""));
        assertErrorCode(-32600, post("/rpc", "[]"));
        assertErrorCode(-32600, post("/rpc", "[1,2,3,4]"));
        assertErrorCode(-32601, post("/rpc", call(1, "nope")));
        assertErrorCode(-32600, post("/rpc", " ".repeat(2001)));
        HttpResponse<String> notification = post("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"thread_slow\"}");
        assertEquals(204, notification.statusCode());
        assertTrue(notification.body().isEmpty());
        assertEquals(204, post("/rpc", "[{\"jsonrpc\":\"2.0\",\"method\":\"thread_fast\"}]").statusCode());
    }

    @Test
    void chunkedBodiesAreReadAndLimited() throws Exception {
        byte[] call = call(3, "thread_fast").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(base + "/rpc"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(call))).build());
        assertEquals(3, JSON.readTree(ok.body()).get("id").intValue());
        byte[] big = " ".repeat(5000).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> tooBig = send(HttpRequest.newBuilder(URI.create(base + "/rpc"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build());
        assertErrorCode(-32600, tooBig);
    }

    @Test
    void corsForListedOriginsOnly() throws Exception {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(base + "/rpc"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://wallet.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build());
        assertEquals(204, preflight.statusCode());
        assertEquals("http://wallet.example", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertEquals("Origin", preflight.headers().firstValue("Vary").orElse(null));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertEquals("content-type", preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(null));

        HttpResponse<String> stranger = send(HttpRequest.newBuilder(URI.create(base + "/rpc")).header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(call(1, "thread_fast"))).build());
        assertEquals(200, stranger.statusCode());
        assertTrue(stranger.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    /** A GET over a plain socket (java.net.http refuses to send an Upgrade header); the whole response. */
    private static String rawGet(String path, String extraHeaders) throws Exception {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String call(int id, String method) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\"}";
    }

    private static String result(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).get("result").textValue();
    }

    private static void assertErrorCode(int code, HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(code, JSON.readTree(response.body()).get("error").get("code").intValue(), response.body());
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
