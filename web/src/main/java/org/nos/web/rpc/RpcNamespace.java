package org.nos.web.rpc;

/**
 * A group of JSON-RPC methods such as {@code eth_*}. Every CDI bean of this type registers its methods
 * when the {@link RpcMethodRegistry} starts; a new namespace is one new class.
 */
public interface RpcNamespace {
    void register(RpcMethodRegistry registry);
}
