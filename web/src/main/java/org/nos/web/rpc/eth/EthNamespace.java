package org.nos.web.rpc.eth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.nos.ejb.chain.ChainQueries;
import org.nos.ejb.config.NodeSettings;
import org.nos.web.rpc.Quantity;
import org.nos.web.rpc.RpcMethodRegistry;
import org.nos.web.rpc.RpcNamespace;
import org.nos.web.rpc.RpcParams;

/** eth_chainId, eth_blockNumber, eth_getBlockByNumber, eth_getBlockByHash. */
@ApplicationScoped
public class EthNamespace implements RpcNamespace {

    @Inject
    ChainQueries chain;

    @Inject
    NodeSettings settings;

    @Override
    public void register(RpcMethodRegistry registry) {
        String chainId = Quantity.of(settings.chainId());
        registry.register("eth_chainId", params -> {
            params.atMost(0);
            return chainId;
        });
        registry.register("eth_blockNumber", params -> {
            params.atMost(0);
            return Quantity.of(chain.head().number());
        });
        registry.register("eth_getBlockByNumber", this::getBlockByNumber);
        registry.register("eth_getBlockByHash", this::getBlockByHash);
    }

    private BlockDto getBlockByNumber(RpcParams params) throws org.nos.web.rpc.RpcException {
        params.atMost(2);
        long number = BlockTag.resolve(params.required(0), 0, chain);
        boolean full = params.optionalBoolean(1, false);
        return chain.byNumber(number).map(block -> BlockDto.of(block, full)).orElse(null);
    }

    private BlockDto getBlockByHash(RpcParams params) throws org.nos.web.rpc.RpcException {
        params.atMost(2);
        var hash = params.hash(0);
        boolean full = params.optionalBoolean(1, false);
        return chain.byHash(hash).map(block -> BlockDto.of(block, full)).orElse(null);
    }
}
