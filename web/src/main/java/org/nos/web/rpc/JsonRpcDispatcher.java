package org.nos.web.rpc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a JSON-RPC 2.0 request body into a response body: single calls, batches and notifications,
 * with the standard error objects. Never throws for bad input: every problem becomes a JSON-RPC error.
 */
@ApplicationScoped
public class JsonRpcDispatcher {
    private static final Logger LOG = Logger.getLogger(JsonRpcDispatcher.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final ObjectReader READER = MAPPER.reader();

    @Inject
    RpcMethodRegistry registry;

    @Inject
    RpcSettings settings;

    /**
     * Answers a request body of {@code declaredLength} bytes (-1 when unknown).
     *
     * @return the response body, or null when there is nothing to answer (notifications only)
     */
    public byte[] dispatch(InputStream body, long declaredLength) {
        int limit = settings.maxRequestBytes();
        if (declaredLength > limit) return tooLarge(limit);
        byte[] bytes;
        try {
            bytes = body.readNBytes(limit + 1);
        } catch (IOException e) {
            return unreadable(e.getMessage());
        }
        if (bytes.length > limit) return tooLarge(limit);
        return dispatch(bytes);
    }

    /** Answers a complete request body. */
    public byte[] dispatch(byte[] body) {
        return answer(parse(body));
    }

    /** A request body parsed into its JSON tree, or the parse error to answer with. */
    public record ParsedRequest(JsonNode root, RpcException error) {
    }

    /** Parses a complete request body; never throws. */
    public ParsedRequest parse(byte[] body) {
        try {
            JsonNode root = READER.readTree(body);
            if (root == null || root.isMissingNode()) {
                return new ParsedRequest(null, new RpcException(RpcException.PARSE_ERROR, "parse error: empty request"));
            }
            return new ParsedRequest(root, null);
        } catch (IOException e) {
            return new ParsedRequest(null, new RpcException(RpcException.PARSE_ERROR, "parse error: " + firstLine(e)));
        }
    }

    /**
     * True when every call of the request names a method registered as in-memory (whose condition holds),
     * or is answered with an error without calling a method: then {@link #answer} does not block and may
     * run on an IO thread.
     */
    public boolean answersInMemory(ParsedRequest request) {
        JsonNode root = request.root();
        if (root == null || !root.isArray()) return root == null || callInMemory(root);
        if (root.isEmpty() || root.size() > settings.maxBatch()) return true;
        for (JsonNode call : root) {
            if (!callInMemory(call)) return false;
        }
        return true;
    }

    private boolean callInMemory(JsonNode request) {
        JsonNode method = request.isObject() ? request.get("method") : null;
        if (method == null || !method.isTextual() || registry.method(method.textValue()) == null) return true;
        RpcParams params;
        try {
            params = RpcParams.of(request.get("params"));
        } catch (RpcException e) {
            return true;
        }
        return registry.answersInMemory(method.textValue(), params);
    }

    /** Answers a parsed request: the response body, or null when there is nothing to answer (notifications only). */
    public byte[] answer(ParsedRequest request) {
        if (request.error() != null) return single(null, request.error());
        JsonNode root = request.root();
        if (root.isArray()) return batch(root);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            if (!call(root, json)) return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * {@link #answer} inside a CDI request context of its own, for requests answered outside a servlet request
     * (the Undertow fast path's worker threads), so that request-scoped beans work there as well.
     */
    @ActivateRequestContext
    public byte[] answerInRequestContext(ParsedRequest request) {
        return answer(request);
    }

    /** The answer to a request body larger than {@code nos.rpc.max-request-bytes}. */
    public byte[] tooLarge() {
        return tooLarge(settings.maxRequestBytes());
    }

    /** The answer to a request whose body could not be read. */
    public byte[] unreadable(String reason) {
        return single(null, new RpcException(RpcException.INVALID_REQUEST, "cannot read the request body: " + reason));
    }

    /** The answer when the server fails unexpectedly: an internal error, never a stack trace. */
    public byte[] internalError() {
        return single(null, new RpcException(RpcException.INTERNAL_ERROR, "internal error"));
    }

    private byte[] batch(JsonNode requests) {
        if (requests.isEmpty()) return single(null, new RpcException(RpcException.INVALID_REQUEST, "empty batch"));
        if (requests.size() > settings.maxBatch()) {
            return single(null, new RpcException(RpcException.INVALID_REQUEST,
                    "batch too large: " + requests.size() + " requests, at most " + settings.maxBatch()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * requests.size());
        boolean any = false;
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartArray();
            for (JsonNode request : requests) {
                any |= call(request, json);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return any ? out.toByteArray() : null;
    }

    /** Writes the response to one request; returns false (writing nothing) for a notification. */
    private boolean call(JsonNode request, JsonGenerator json) throws IOException {
        if (!request.isObject()) {
            writeError(json, null, new RpcException(RpcException.INVALID_REQUEST, "invalid request: not an object"));
            return true;
        }
        JsonNode id = request.get("id");
        boolean notification = id == null;
        if (id != null && !(id.isTextual() || id.isNumber() || id.isNull())) {
            writeError(json, null, new RpcException(RpcException.INVALID_REQUEST, "invalid request: id must be a string, number or null"));
            return true;
        }
        JsonNode version = request.get("jsonrpc");
        JsonNode method = request.get("method");
        if (version == null || !"2.0".equals(version.textValue())) {
            writeError(json, id, new RpcException(RpcException.INVALID_REQUEST, "invalid request: jsonrpc must be \"2.0\""));
            return true;
        }
        if (method == null || !method.isTextual()) {
            writeError(json, id, new RpcException(RpcException.INVALID_REQUEST, "invalid request: method must be a string"));
            return true;
        }
        RpcMethod handler = registry.method(method.textValue());
        Object result;
        try {
            if (handler == null) {
                throw new RpcException(RpcException.METHOD_NOT_FOUND,
                        "the method " + method.textValue() + " does not exist/is not available");
            }
            result = handler.call(RpcParams.of(request.get("params")));
        } catch (RpcException e) {
            if (notification) return false;
            writeError(json, id, e);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "JSON-RPC " + method.textValue() + " failed", e);
            if (notification) return false;
            writeError(json, id, new RpcException(RpcException.INTERNAL_ERROR, "internal error"));
            return true;
        }
        if (notification) return false;
        json.writeStartObject();
        json.writeStringField("jsonrpc", "2.0");
        json.writeFieldName("id");
        writeId(json, id);
        json.writeFieldName("result");
        if (result instanceof String text) {
            json.writeString(text);
        } else if (result instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (result == null) {
            json.writeNull();
        } else {
            json.writeObject(result);
        }
        json.writeEndObject();
        return true;
    }

    /** Writes the id as it came: the common string and integer ids without a trip through the ObjectMapper. */
    private static void writeId(JsonGenerator json, JsonNode id) throws IOException {
        if (id == null || id.isNull()) {
            json.writeNull();
        } else if (id.isTextual()) {
            json.writeString(id.textValue());
        } else if (id.isInt() || id.isLong()) {
            json.writeNumber(id.longValue());
        } else {
            json.writeTree(id);
        }
    }

    private static void writeError(JsonGenerator json, JsonNode id, RpcException error) throws IOException {
        json.writeStartObject();
        json.writeStringField("jsonrpc", "2.0");
        json.writeFieldName("id");
        writeId(json, id);
        json.writeObjectFieldStart("error");
        json.writeNumberField("code", error.code());
        json.writeStringField("message", error.getMessage());
        if (error.data() != null) {
            json.writeFieldName("data");
            json.writeObject(error.data());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static byte[] single(JsonNode id, RpcException error) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            writeError(json, id, error);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] tooLarge(int limit) {
        return single(null, new RpcException(RpcException.INVALID_REQUEST, "request body too large: the limit is " + limit + " bytes"));
    }

    private static String firstLine(IOException e) {
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        if (message == null) return e.getClass().getSimpleName();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
