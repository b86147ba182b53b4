package org.nos.web.warmup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.nos.ejb.execution.JitCompiler;
import org.nos.protocol.base.Wei;
import org.nos.web.rpc.RpcSettings;

/**
 * Warms the JSON-RPC endpoint's HTTP path before it serves anyone. The EJB warm-ups run the EVM and the sequencer
 * before the deployment completes, but Undertow's parser, Jackson, the dispatcher and the pool's admission only get
 * hot through real requests, and WildFly serves requests only after the deployment completes: a fresh node accepted
 * single-request transactions at two thirds of a warm node's rate, and served reads at three quarters.
 *
 * <p>So once WildFly serves requests, this sends {@code nos.rpc.warmup-requests} requests ({@link WarmupRequests},
 * none of which changes anything) to the node's own endpoint from {@value #CONNECTIONS} kept-alive connections, each
 * with the headers of another kind of client (Node's fetch, curl, ethers, OkHttp), and waits for the JIT compiler to
 * finish what they queued; then it does so again ({@link #PASSES}). Until then the endpoint answers everyone else
 * HTTP 503 ({@link #admits}), as WildFly does while it starts; the warm-up's requests carry a header with a token only
 * this process knows. A warm-up that fails or overruns opens the endpoint all the same: the node then starts cold.
 */
@ApplicationScoped
public class RpcWarmup {
    private static final Logger LOG = Logger.getLogger(RpcWarmup.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The request header that lets the warm-up's requests through. */
    public static final String HEADER = "X-Nos-Warmup";
    static final int CONNECTIONS = 4;
    /**
     * The passes of requests, each followed by a wait for the JIT compiler. HotSpot raises the invocation counts at
     * which it hands a method to C2 with the length of C2's queue, and during the first pass that queue is long: the
     * HTTP layer's methods (Undertow's parser and read listener) ended it still in C1's profiling code and reached C2
     * only during the first benchmark that followed. The second pass, as long as the first, finds the queue empty (one
     * half as long still left the parser's verb and read-event methods to the first benchmark).
     */
    static final int PASSES = 2;
    /** The most the requests of all passes may take; each pass's compiler wait comes on top. */
    static final long BUDGET_MILLIS = 15_000;
    static final long COMPILER_WAIT_MILLIS = 5_000;
    /** How long to wait for the server to start serving, from the web module's start. */
    static final long SERVER_WAIT_MILLIS = 120_000;
    static final int TIMEOUT_MILLIS = 30_000;
    /** How long clients may be served by the server while the warm-up still cannot reach it (see {@link #admits}). */
    static final long UNREACHED_GRACE_MILLIS = 3_000;

    private final String token = UUID.randomUUID().toString();

    @Resource
    ManagedThreadFactory threads;

    private volatile boolean open;
    /** Set once the warm-up got its first answer (HTTP 200) from the endpoint. */
    private volatile boolean reached;
    /** When the first client's request came while the warm-up had not reached the endpoint; 0 before. */
    private volatile long firstClientNanos;
    /** Where the warm-up posts, for the log. */
    private volatile URI target;
    private volatile boolean closing;

    void start(@Observes @Initialized(ApplicationScoped.class) Object context, RpcSettings settings) {
        int requests = settings.warmupRequests();
        if (requests <= 0) {
            open = true;
            return;
        }
        URI endpoint = endpoint(settings.warmupUrl());
        target = endpoint;
        try {
            Thread thread = threads.newThread(() -> run(endpoint, requests));
            thread.setName("nos-rpc-warmup");
            thread.start();
        } catch (RuntimeException e) {
            open = true;
            LOG.warning("JSON-RPC warm-up not started (the node starts cold): " + e);
        }
    }

    @PreDestroy
    void close() {
        closing = true;
    }

    /**
     * Whether a JSON-RPC request whose {@value #HEADER} header is {@code header} (null when absent) is served now:
     * every request once the warm-up is over, only the warm-up's own before. A client's request shows that the server
     * serves: if the warm-up has still not reached it {@value #UNREACHED_GRACE_MILLIS} ms after the first one, its URL
     * leads elsewhere (another listener, another interface), and the endpoint opens rather than waiting out
     * {@value #SERVER_WAIT_MILLIS} ms.
     */
    public boolean admits(String header) {
        return admits(header, System.nanoTime());
    }

    /** The warm-up got its first answer from the endpoint: clients wait for it from now on. */
    void markReached() {
        reached = true;
    }

    String token() {
        return token;
    }

    boolean admits(String header, long nowNanos) {
        if (open || token.equals(header)) return true;
        if (reached) return false;
        long first = firstClientNanos;
        if (first == 0) {
            firstClientNanos = nowNanos == 0 ? 1 : nowNanos;
        } else if (nowNanos - first > UNREACHED_GRACE_MILLIS * 1_000_000) {
            open = true;
            LOG.warning("JSON-RPC warm-up: clients reach the endpoint but the warm-up does not reach " + target
                    + " (set nos.rpc.warmup-url); serving JSON-RPC cold");
        }
        return open;
    }

    /**
     * The JSON-RPC URL the warm-up posts to: {@code configured}, or the HTTP listener of a default WildFly
     * configuration, {@code jboss.bind.address} (loopback when it is the wildcard) at {@code jboss.http.port} plus
     * {@code jboss.socket.binding.port-offset}.
     */
    static URI endpoint(String configured) {
        if (configured != null && !configured.isBlank()) return URI.create(configured.trim());
        String host = System.getProperty("jboss.bind.address", "127.0.0.1");
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) host = "127.0.0.1";
        if (host.contains(":") && !host.startsWith("[")) host = "[" + host + "]";
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return URI.create("http://" + host + ":" + port + "/rpc");
    }

    private void run(URI endpoint, int requests) {
        try {
            WarmupRequests mix = awaitServer(endpoint);
            if (mix == null) return;
            long deadline = System.nanoTime() + BUDGET_MILLIS * 1_000_000;
            StringBuilder passes = new StringBuilder();
            int sent = 0;
            for (int pass = 0; pass < PASSES && !closing && System.nanoTime() - deadline < 0; pass++) {
                long start = System.nanoTime();
                int passSent = send(endpoint, mix, requests, deadline);
                long sentMillis = (System.nanoTime() - start) / 1_000_000;
                long waited = JitCompiler.awaitIdle(COMPILER_WAIT_MILLIS);
                sent += passSent;
                passes.append(pass == 0 ? "" : ", then ").append(String.format(
                        "%d in %d ms (JIT compiler idle after %d ms)", passSent, sentMillis, waited));
            }
            LOG.info(String.format("JSON-RPC warm-up: %d requests to %s: %s; serving JSON-RPC", sent, endpoint,
                    passes));
        } catch (IOException | RuntimeException e) {
            LOG.warning("JSON-RPC warm-up stopped (the node starts cold): " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open = true;
        }
    }

    /** A connection that sends the headers of client kind {@code kind} ({@link WarmupRequests#clientHeaders}). */
    private KeepAliveConnection connect(URI endpoint, int kind) {
        String hostPort = endpoint.getHost() + ":" + KeepAliveConnection.port(endpoint);
        WarmupRequests.ClientHeaders client = WarmupRequests.clientHeaders(kind, hostPort);
        List<String> headers = new ArrayList<>(client.lines());
        headers.add(HEADER + ": " + token);
        return new KeepAliveConnection(endpoint, TIMEOUT_MILLIS, headers, client.contentLength());
    }

    /**
     * Polls the endpoint until it answers eth_chainId (WildFly answers 503, or nothing, until it has started), then
     * signs the mix's transactions with the chain id and twice the gas price it reads there. Null when the
     * deployment closes first, or the endpoint opened without it.
     */
    private WarmupRequests awaitServer(URI endpoint) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + SERVER_WAIT_MILLIS * 1_000_000;
        try (KeepAliveConnection connection = connect(endpoint, 1)) {
            while (!closing && !open) { // clients may have opened the endpoint meanwhile (see admits)
                try {
                    String chainIdHex = result(connection, "eth_chainId");
                    markReached();
                    long chainId = Long.decode(chainIdHex);
                    Wei gasPrice = Wei.parse(result(connection, "eth_gasPrice"));
                    return WarmupRequests.sign(chainId, gasPrice.times(2));
                } catch (IOException e) {
                    if (System.nanoTime() - deadline > 0) throw e;
                    Thread.sleep(100);
                }
            }
        }
        return null;
    }

    private static String result(KeepAliveConnection connection, String method) throws IOException {
        KeepAliveConnection.Response response = connection.post(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\""
                + method + "\",\"params\":[]}").getBytes(StandardCharsets.UTF_8));
        if (response.status() != 200) throw new IOException("HTTP " + response.status());
        JsonNode result = JSON.readTree(response.body()).path("result");
        if (!result.isTextual()) throw new IOException(method + " answered " + response.text());
        return result.asText();
    }

    /**
     * Sends {@code requests} requests round by round from {@value #CONNECTIONS} connections, stopping at
     * {@code deadline} ({@link System#nanoTime}); returns how many went.
     */
    private int send(URI endpoint, WarmupRequests mix, int requests, long deadline)
            throws InterruptedException, IOException {
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger rounds = new AtomicInteger();
        List<IOException> failures = new ArrayList<>();
        List<Thread> connections = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            int kind = c;
            Thread thread = threads.newThread(() -> {
                try (KeepAliveConnection connection = connect(endpoint, kind)) {
                    while (!closing && sent.get() < requests && System.nanoTime() - deadline < 0) {
                        for (byte[] request : mix.round(rounds.getAndIncrement())) {
                            int status = connection.post(request).status();
                            if (status != 200) throw new IOException("HTTP " + status);
                            sent.incrementAndGet();
                        }
                    }
                } catch (IOException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            thread.setName("nos-rpc-warmup-" + c);
            connections.add(thread);
            thread.start();
        }
        for (Thread thread : connections) thread.join();
        if (!failures.isEmpty()) throw failures.get(0);
        return sent.get();
    }
}
