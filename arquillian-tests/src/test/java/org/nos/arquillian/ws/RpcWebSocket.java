package org.nos.arquillian.ws;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.nos.arquillian.NosNode;

/** A JSON-RPC client on ws://127.0.0.1:8080/ws (java.net.http): requests, and the messages the node pushes. */
final class RpcWebSocket implements AutoCloseable {
    static final String URL = "ws://127.0.0.1:8080/ws";

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final WebSocket socket;

    RpcWebSocket() {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(URL), new Listener()).join();
    }

    /** Sends a request and returns its answer; notifications that arrive meanwhile stay queued. */
    JsonNode request(String method, String params) throws InterruptedException {
        int id = ids.incrementAndGet();
        socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        java.util.List<JsonNode> other = new java.util.ArrayList<>();
        try {
            while (System.nanoTime() < end) {
                JsonNode message = messages.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (message == null) break;
                if (message.path("id").asInt(-1) == id) return message;
                other.add(message);
            }
        } finally {
            // keep the notifications that came before the answer, in order, ahead of later ones
            java.util.List<JsonNode> rest = new java.util.ArrayList<>();
            messages.drainTo(rest);
            messages.addAll(other);
            messages.addAll(rest);
        }
        throw new AssertionError("no answer to " + method + " within 10 s");
    }

    /** The next notification of {@code subscription}, or null after {@code timeout}. */
    JsonNode notification(String subscription, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            JsonNode message = messages.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message == null) return null;
            if ("eth_subscription".equals(message.path("method").asText())
                    && subscription.equals(message.path("params").path("subscription").asText())) {
                return message.get("params").get("result");
            }
        }
        return null;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(NosNode.json(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
