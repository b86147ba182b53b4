package org.nos.arquillian;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** A plain HTTP client for the node under test: raw JSON-RPC, health, and waiting for conditions. */
public final class NosNode {
    public static final String RPC_URL = "http://127.0.0.1:8080/rpc";
    public static final String ROOT_URL = "http://127.0.0.1:8080/";
    public static final String HEALTH_URL = "http://127.0.0.1:9990/health";
    public static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private NosNode() {
    }

    /** POSTs {@code body} to {@code url} as JSON. */
    public static HttpResponse<String> post(String url, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return send(request);
    }

    public static HttpResponse<String> post(String body) {
        return post(RPC_URL, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Calls {@code method} with JSON {@code params} (an array literal) and returns the whole response object. */
    public static JsonNode call(String method, String params) {
        HttpResponse<String> response = post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}");
        return json(response.body());
    }

    /** The result of a call that must succeed. */
    public static JsonNode result(String method, String params) {
        JsonNode response = call(method, params);
        if (response.has("error")) throw new AssertionError(method + " failed: " + response);
        return response.get("result");
    }

    public static long blockNumber() {
        return quantity(result("eth_blockNumber", "[]"));
    }

    public static JsonNode block(long number) {
        return result("eth_getBlockByNumber", "[\"0x" + Long.toHexString(number) + "\",false]");
    }

    public static long quantity(JsonNode hex) {
        return new BigInteger(hex.textValue().substring(2), 16).longValueExact();
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** GETs a health endpoint ({@code ready}, {@code live}, {@code started} or "" for all). */
    public static JsonNode health(String kind) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(HEALTH_URL + (kind.isEmpty() ? "" : "/" + kind)))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return json(send(request).body());
    }

    /** The status of the named check in a health response, or null. */
    public static String checkStatus(JsonNode health, String name) {
        for (JsonNode check : health.get("checks")) {
            if (name.equals(check.get("name").textValue())) return check.get("status").textValue();
        }
        return null;
    }

    /** Polls {@code condition} every 250 ms until it holds or {@code timeout} passes. */
    public static void await(Duration timeout, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (condition.getAsBoolean()) return;
            } catch (RuntimeException ignored) {
                // not answering yet
            }
            sleep(250);
        }
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
