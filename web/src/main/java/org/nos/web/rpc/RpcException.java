package org.nos.web.rpc;

/** A JSON-RPC error that a method handler or the dispatcher returns to the client as an error object. */
public class RpcException extends Exception {
    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;

    private final int code;
    private final transient Object data;

    public RpcException(int code, String message) {
        this(code, message, null);
    }

    /** An error with a {@code data} member (e.g. code 3 "execution reverted" with the revert data as hex). */
    public RpcException(int code, String message, Object data) {
        super(message, null, false, false);
        this.code = code;
        this.data = data;
    }

    public static RpcException invalidParams(String message) {
        return new RpcException(INVALID_PARAMS, message);
    }

    public int code() {
        return code;
    }

    /** The error's {@code data} member, or null for none. */
    public Object data() {
        return data;
    }
}
