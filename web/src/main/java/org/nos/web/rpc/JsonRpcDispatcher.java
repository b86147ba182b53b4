package org.nos.web.rpc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
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
            return single(null, new RpcException(RpcException.INVALID_REQUEST, "cannot read the request body: " + e.getMessage()));
        }
        if (bytes.length > limit) return tooLarge(limit);
        return dispatch(bytes);
    }

    /** Answers a complete request body. */
    public byte[] dispatch(byte[] body) {
        JsonNode root;
        try {
            root = READER.readTree(body);
        } catch (IOException e) {
            return single(null, new RpcException(RpcException.PARSE_ERROR, "parse error: " + firstLine(e)));
        }
        if (root == null || root.isMissingNode()) {
            return single(null, new RpcException(RpcException.PARSE_ERROR, "parse error: empty request"));
        }
        if (root.isArray()) return batch(root);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            if (!call(root, json)) return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
        json.writeTree(id);
        json.writeFieldName("result");
        if (result == null) json.writeNull(); else json.writeObject(result);
        json.writeEndObject();
        return true;
    }

    private static void writeError(JsonGenerator json, JsonNode id, RpcException error) throws IOException {
        json.writeStartObject();
        json.writeStringField("jsonrpc", "2.0");
        json.writeFieldName("id");
        if (id == null) json.writeNull(); else json.writeTree(id);
        json.writeObjectFieldStart("error");
        json.writeNumberField("code", error.code());
        json.writeStringField("message", error.getMessage());
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
