package org.nos.web.rpc;

/**
 * One JSON-RPC method. The result is serialized with Jackson: a String, Boolean, a DTO record, a list,
 * or null for JSON {@code null}.
 */
@FunctionalInterface
public interface RpcMethod {
    Object call(RpcParams params) throws RpcException;
}
