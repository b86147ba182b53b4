package org.nos.web.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeepAliveConnectionTest {
    private HttpServer server;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final Set<Integer> clientPorts = new HashSet<>();
    private URI uri;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rpc", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            bodies.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("X-Test") + " "
                    + new String(body, StandardCharsets.UTF_8));
            synchronized (clientPorts) {
                clientPorts.add(exchange.getRemoteAddress().getPort());
            }
            String text = new String(body, StandardCharsets.UTF_8);
            if (text.contains("busy")) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                byte[] answer = ("echo " + text).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
        uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/rpc");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsWithItsHeadersAndReadsEachAnswerWholeOverOneConnection() throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(uri, 5_000, List.of("Host: 127.0.0.1", "X-Test: yes", "Content-Type: application/json"), "Content-Length")) {
            for (int i = 0; i < 3; i++) {
                KeepAliveConnection.Response response = connection.post(("{\"id\":" + i + "}").getBytes(StandardCharsets.UTF_8));
                assertEquals(200, response.status());
                assertEquals("echo {\"id\":" + i + "}", response.text());
            }
        }
        assertEquals(List.of("POST yes {\"id\":0}", "POST yes {\"id\":1}", "POST yes {\"id\":2}"), bodies);
        assertEquals(1, clientPorts.size(), "kept alive: one client port for all requests");
    }

    @Test
    void reportsAStatusWithoutBodyAndGoesOn() throws IOException {
        try (KeepAliveConnection connection = new KeepAliveConnection(uri, 5_000, List.of("Host: 127.0.0.1", "X-Test: yes", "Content-Type: application/json"), "Content-Length")) {
            assertEquals(503, connection.post("busy".getBytes(StandardCharsets.UTF_8)).status());
            assertEquals(200, connection.post("ok".getBytes(StandardCharsets.UTF_8)).status());
        }
    }

    @Test
    void failsWhenNothingListens() {
        server.stop(0);
        try (KeepAliveConnection connection = new KeepAliveConnection(uri, 2_000, List.of("host: 127.0.0.1"), "content-length")) {
            assertThrows(IOException.class, () -> connection.post(new byte[0]));
        }
    }
}
