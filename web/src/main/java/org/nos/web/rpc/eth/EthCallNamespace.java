package org.nos.web.rpc.eth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.nos.ejb.chain.ChainQueries;
import org.nos.ejb.execution.CallException;
import org.nos.ejb.execution.CallService;
import org.nos.ejb.execution.ExecutionRevertedException;
import org.nos.web.rpc.Quantity;
import org.nos.web.rpc.RpcException;
import org.nos.web.rpc.RpcMethodRegistry;
import org.nos.web.rpc.RpcNamespace;
import org.nos.web.rpc.RpcParams;

/**
 * eth_call and eth_estimateGas: {@code [call, block?, stateOverride?]}, go-ethereum's semantics and errors (a revert
 * is code 3 with the revert data; other failures -32000 with geth's text).
 */
@ApplicationScoped
public class EthCallNamespace implements RpcNamespace {

    @Inject
    CallService calls;

    @Inject
    ChainQueries chain;

    @Override
    public void register(RpcMethodRegistry registry) {
        registry.register("eth_call", this::call);
        registry.register("eth_estimateGas", this::estimateGas);
    }

    private String call(RpcParams params) throws RpcException {
        params.atMost(4);
        var request = CallArguments.request(params.required(0), 0);
        long block = BlockParameter.resolve(params, 1, chain);
        var overrides = CallArguments.overrides(CallArguments.optional(params, 2), 2);
        if (CallArguments.optional(params, 3) != null) throw RpcException.invalidParams("block overrides are not supported");
        try {
            return calls.call(request, block, overrides).output().toHex();
        } catch (CallException e) {
            throw error(e);
        }
    }

    private String estimateGas(RpcParams params) throws RpcException {
        params.atMost(3);
        var request = CallArguments.request(params.required(0), 0);
        long block = BlockParameter.resolve(params, 1, chain);
        var overrides = CallArguments.overrides(CallArguments.optional(params, 2), 2);
        try {
            return Quantity.of(calls.estimateGas(request, block, overrides));
        } catch (CallException e) {
            throw error(e);
        }
    }

    /** A call failure as geth answers it: code 3 with the revert data, else -32000. */
    public static RpcException error(CallException e) {
        if (e instanceof ExecutionRevertedException revert) {
            return new RpcException(ExecutionRevertedException.CODE, revert.getMessage(), revert.data().toHex());
        }
        return new RpcException(BlockParameter.SERVER_ERROR, e.getMessage());
    }
}
