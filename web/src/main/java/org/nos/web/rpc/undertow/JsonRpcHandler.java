package org.nos.web.rpc.undertow;

import io.undertow.io.IoCallback;
import io.undertow.io.Receiver;
import io.undertow.io.Sender;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.protocol.http.HttpContinue;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nos.web.rpc.JsonRpcDispatcher;
import org.nos.web.rpc.JsonRpcDispatcher.ParsedRequest;
import org.nos.web.warmup.RpcWarmup;

/**
 * The JSON-RPC endpoint, POST http://host:8080/ and its alias /rpc, in front of the servlet chain. The body is
 * read without blocking; a request made only of in-memory calls (eth_blockNumber, eth_chainId, ...) is answered
 * right on the IO thread, anything else on a worker thread in the deployment's context. Bad requests get
 * JSON-RPC errors with HTTP 200, a request of notifications only gets HTTP 204; CORS preflights and a GET
 * description are answered here too. Until the start-up warm-up is over ({@link RpcWarmup}),
 * POSTs other than the warm-up's get HTTP 503 with a JSON-RPC error and Retry-After, as while WildFly starts. Other paths, and WebSocket upgrades, go on to the servlet chain.
 */
final class JsonRpcHandler implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(JsonRpcHandler.class.getName());
    /** Larger bodies are parsed on a worker thread, so that one big batch cannot hold up an IO thread. */
    static final int IO_THREAD_MAX_BODY = 64 * 1024;

    private static final String JSON = "application/json";
    private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
    private static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
    private static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
    private static final HttpString REQUEST_HEADERS = new HttpString("Access-Control-Request-Headers");
    private static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");
    private static final String METHODS = "POST, GET, OPTIONS";
    private static final byte[] INFO = "NOS JSON-RPC 2.0 endpoint: POST JSON requests to this URL or to /rpc.\n"
            .getBytes(StandardCharsets.UTF_8);
    /** EIP-1474's "resource unavailable", while the warm-up holds the endpoint. */
    private static final byte[] WARMING_UP = ("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32002,"
            + "\"message\":\"node is starting: warming up, retry shortly\"}}").getBytes(StandardCharsets.UTF_8);
    private static final HttpString WARMUP_HEADER = new HttpString(RpcWarmup.HEADER);
    private static final HttpString RETRY_AFTER = new HttpString("Retry-After");
    private static final byte[] INTERNAL_ERROR = "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32603,\"message\":\"internal error\"}}"
            .getBytes(StandardCharsets.UTF_8);

    private final HttpHandler next;
    private final JsonRpcBeans beans;
    /** Set once the warm-up lets everyone through, which it does for good: then no request asks it again. */
    private volatile boolean warm;

    JsonRpcHandler(HttpHandler next, JsonRpcBeans beans) {
        this.next = next;
        this.beans = beans;
    }

    /** The JSON-RPC paths of the root-context war: "/" and "/rpc" (with or without a trailing slash). */
    static boolean isRpcPath(String path) {
        return path.isEmpty() || path.equals("/") || path.equals("/rpc") || path.equals("/rpc/");
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (!isRpcPath(exchange.getRelativePath())) {
            next.handleRequest(exchange);
            return;
        }
        try {
            serve(exchange);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "JSON-RPC request failed", e);
            if (!exchange.isResponseStarted()) {
                exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON);
                exchange.getResponseSender().send(ByteBuffer.wrap(INTERNAL_ERROR));
            }
        }
    }

    private void serve(HttpServerExchange exchange) throws Exception {
        HttpString method = exchange.getRequestMethod();
        if (method.equals(Methods.POST)) {
            post(exchange);
        } else if (method.equals(Methods.OPTIONS)) {
            preflight(exchange);
        } else if (method.equals(Methods.GET) && isWebSocketUpgrade(exchange)) {
            next.handleRequest(exchange);
        } else if (method.equals(Methods.GET) || method.equals(Methods.HEAD)) {
            cors(exchange);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain");
            exchange.getResponseSender().send(ByteBuffer.wrap(INFO));
        } else {
            exchange.setStatusCode(405);
            exchange.getResponseHeaders().put(Headers.ALLOW, METHODS);
            exchange.endExchange();
        }
    }

    private static boolean isWebSocketUpgrade(HttpServerExchange exchange) {
        String upgrade = exchange.getRequestHeaders().getFirst(Headers.UPGRADE);
        return upgrade != null && upgrade.regionMatches(true, 0, "websocket", 0, 9);
    }

    private void post(HttpServerExchange exchange) {
        JsonRpcBeans.Resolved resolved = beans.get();
        if (!warm) {
            String header = exchange.getRequestHeaders().getFirst(WARMUP_HEADER);
            if (!resolved.admits().test(header)) {
                cors(exchange);
                exchange.setStatusCode(503);
                exchange.getResponseHeaders().put(RETRY_AFTER, "1");
                exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON);
                exchange.getResponseSender().send(ByteBuffer.wrap(WARMING_UP));
                return;
            }
            if (header == null) warm = true; // a client got through: the gate is open for good
        }
        JsonRpcDispatcher dispatcher = resolved.dispatcher();
        int limit = resolved.settings().maxRequestBytes();
        if (exchange.getRequestContentLength() > limit) {
            respond(exchange, dispatcher.tooLarge());
            return;
        }
        Receiver receiver = exchange.getRequestReceiver();
        receiver.setMaxBufferSize(limit);
        Receiver.FullBytesCallback onBody = (ex, body) -> onBody(ex, body, dispatcher);
        Receiver.ErrorCallback onError = (ex, e) -> respond(ex, e instanceof Receiver.RequestToLargeException
                ? dispatcher.tooLarge() : dispatcher.unreadable(e.getMessage()));
        if (HttpContinue.requiresContinueResponse(exchange)) {
            HttpContinue.sendContinueResponse(exchange, new IoCallback() {
                @Override
                public void onComplete(HttpServerExchange ex, Sender sender) {
                    ex.getRequestReceiver().receiveFullBytes(onBody, onError);
                }

                @Override
                public void onException(HttpServerExchange ex, Sender sender, IOException e) {
                    ex.endExchange();
                }
            });
        } else {
            receiver.receiveFullBytes(onBody, onError);
        }
    }

    private void onBody(HttpServerExchange exchange, byte[] body, JsonRpcDispatcher dispatcher) {
        if (body.length > IO_THREAD_MAX_BODY) {
            onWorker(exchange, () -> dispatcher.parse(body));
            return;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(beans.classLoader());
        try {
            ParsedRequest request = dispatcher.parse(body);
            if (dispatcher.answersInMemory(request)) {
                respond(exchange, dispatcher.answer(request));
            } else {
                onWorker(exchange, () -> request);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "JSON-RPC request failed", e);
            respond(exchange, dispatcher.internalError());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private interface RequestSource {
        ParsedRequest get();
    }

    /** Answers on a worker thread, where blocking (database, EJB transactions) is allowed. */
    private void onWorker(HttpServerExchange exchange, RequestSource request) {
        exchange.dispatch(() -> {
            byte[] answer;
            try {
                answer = beans.answerOnWorker(exchange, request.get());
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "JSON-RPC request failed", e);
                answer = beans.get().dispatcher().internalError();
            }
            respond(exchange, answer);
        });
    }

    /** Sends a JSON answer with HTTP 200, or HTTP 204 when there is none (notifications only). */
    private void respond(HttpServerExchange exchange, byte[] answer) {
        cors(exchange);
        if (answer == null) {
            exchange.setStatusCode(204);
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON);
        exchange.getResponseSender().send(ByteBuffer.wrap(answer));
    }

    private void preflight(HttpServerExchange exchange) {
        cors(exchange);
        HeaderMap headers = exchange.getResponseHeaders();
        String requested = exchange.getRequestHeaders().getFirst(REQUEST_HEADERS);
        headers.put(ALLOW_METHODS, METHODS);
        headers.put(ALLOW_HEADERS, requested == null ? "Content-Type" : requested);
        headers.put(MAX_AGE, "86400");
        exchange.setStatusCode(204);
        exchange.endExchange();
    }

    private void cors(HttpServerExchange exchange) {
        String allowed = beans.get().settings().allowOrigin(exchange.getRequestHeaders().getFirst(Headers.ORIGIN));
        if (allowed == null) return;
        exchange.getResponseHeaders().put(ALLOW_ORIGIN, allowed);
        if (!"*".equals(allowed)) exchange.getResponseHeaders().put(Headers.VARY, "Origin");
    }
}
