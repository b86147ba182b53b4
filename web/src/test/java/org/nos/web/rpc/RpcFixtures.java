package org.nos.web.rpc;

/** Builds the JSON-RPC beans without CDI, for tests in other packages. */
public final class RpcFixtures {
    private RpcFixtures() {
    }

    public static RpcSettings settings(int maxRequestBytes, int maxBatch, String corsOrigins) {
        RpcSettings settings = new RpcSettings();
        settings.maxRequestBytes = maxRequestBytes;
        settings.maxBatch = maxBatch;
        settings.corsOrigins = corsOrigins;
        return settings;
    }

    public static JsonRpcDispatcher dispatcher(RpcMethodRegistry registry, RpcSettings settings) {
        JsonRpcDispatcher dispatcher = new JsonRpcDispatcher();
        dispatcher.registry = registry;
        dispatcher.settings = settings;
        return dispatcher;
    }
}
