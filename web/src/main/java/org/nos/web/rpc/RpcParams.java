package org.nos.web.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;

/** The positional parameters of a call, with typed accessors that fail with -32602 invalid params. */
public final class RpcParams {
    private static final JsonNode NONE = JsonNodeFactory.instance.arrayNode();
    public static final RpcParams EMPTY = new RpcParams(NONE);

    private final JsonNode array;

    private RpcParams(JsonNode array) {
        this.array = array;
    }

    /** Wraps the {@code params} member of a request: absent, null or an array. */
    public static RpcParams of(JsonNode params) throws RpcException {
        if (params == null || params.isNull()) return EMPTY;
        if (!params.isArray()) throw RpcException.invalidParams("params must be an array");
        return new RpcParams(params);
    }

    public int size() {
        return array.size();
    }

    /** Fails when more than {@code max} parameters were given. */
    public RpcParams atMost(int max) throws RpcException {
        if (array.size() > max) throw RpcException.invalidParams("too many arguments, want at most " + max);
        return this;
    }

    /** The parameter at {@code index}; missing or null is an error. */
    public JsonNode required(int index) throws RpcException {
        JsonNode node = array.get(index);
        if (node == null || node.isNull()) throw RpcException.invalidParams("missing value for required argument " + index);
        return node;
    }

    /** A boolean parameter, {@code fallback} when it is absent. */
    public boolean optionalBoolean(int index, boolean fallback) throws RpcException {
        JsonNode node = array.get(index);
        if (node == null || node.isNull()) return fallback;
        if (!node.isBoolean()) throw RpcException.invalidParams("invalid argument " + index + ": expected a boolean");
        return node.booleanValue();
    }

    /** A 32-byte hash given as 0x and 64 hex digits. */
    public Hash hash(int index) throws RpcException {
        JsonNode node = required(index);
        String text = node.isTextual() ? node.textValue() : null;
        if (text == null || text.length() != 66 || !Hex.isPrefixedHex(text)) {
            throw RpcException.invalidParams("invalid argument " + index + ": expected a 32-byte hex hash");
        }
        return Hash.fromHex(text);
    }

    /** A hex quantity: 0x followed by at most 16 digits without leading zeros. */
    public static long quantity(String text, int index) throws RpcException {
        if (text.length() < 3 || !Hex.isPrefixedHex(text)) {
            throw RpcException.invalidParams("invalid argument " + index + ": hex quantity expected, got \"" + abbreviate(text) + "\"");
        }
        if (text.length() > 3 && text.charAt(2) == '0') {
            throw RpcException.invalidParams("invalid argument " + index + ": hex number with leading zero digits");
        }
        if (text.length() > 18 || (text.length() == 18 && Character.digit(text.charAt(2), 16) > 7)) {
            throw RpcException.invalidParams("invalid argument " + index + ": hex number > 63 bits");
        }
        return Long.parseLong(text.substring(2), 16);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
