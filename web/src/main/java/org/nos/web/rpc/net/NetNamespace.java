package org.nos.web.rpc.net;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.nos.ejb.config.NodeSettings;
import org.nos.web.rpc.RpcMethodRegistry;
import org.nos.web.rpc.RpcNamespace;

/** net_version (the chain id in decimal, as op-geth answers) and net_listening. */
@ApplicationScoped
public class NetNamespace implements RpcNamespace {

    @Inject
    NodeSettings settings;

    @Override
    public void register(RpcMethodRegistry registry) {
        String version = Long.toString(settings.chainId());
        registry.registerInMemory("net_version", params -> {
            params.atMost(0);
            return version;
        });
        registry.registerInMemory("net_listening", params -> {
            params.atMost(0);
            return Boolean.TRUE;
        });
    }
}
