package org.nos.web.rpc.eth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.nos.web.rpc.RpcException;
import org.nos.web.rpc.RpcMethodRegistry;
import org.nos.web.rpc.RpcNamespace;
import org.nos.web.rpc.RpcParams;
import org.nos.web.rpc.filter.FilterRegistry;
import org.nos.web.rpc.filter.LogCriteria;
import org.nos.web.rpc.filter.LogSearch;

/**
 * eth_getLogs and the polling filters: eth_newFilter, eth_newBlockFilter, eth_newPendingTransactionFilter,
 * eth_getFilterChanges, eth_getFilterLogs, eth_uninstallFilter.
 */
@ApplicationScoped
public class EthLogsNamespace implements RpcNamespace {

    @Inject
    LogSearch search;

    @Inject
    FilterRegistry filters;

    @Override
    public void register(RpcMethodRegistry registry) {
        registry.register("eth_getLogs", params -> {
            params.atMost(1);
            return search.logs(LogCriteria.parse(params.required(0), 0));
        });
        registry.register("eth_newFilter", params -> {
            params.atMost(1);
            return filters.newLogFilter(LogCriteria.parse(params.required(0), 0));
        });
        registry.register("eth_newBlockFilter", params -> {
            params.atMost(0);
            return filters.newBlockFilter();
        });
        registry.register("eth_newPendingTransactionFilter", params -> {
            params.atMost(1);
            return filters.newPendingTransactionFilter();
        });
        registry.register("eth_getFilterChanges", params -> filters.changes(id(params)));
        registry.register("eth_getFilterLogs", params -> search.logs(filters.criteria(id(params))));
        registry.register("eth_uninstallFilter", params -> filters.uninstall(id(params)));
    }

    private static String id(RpcParams params) throws RpcException {
        params.atMost(1);
        var node = params.required(0);
        if (!node.isTextual()) throw RpcException.invalidParams("invalid argument 0: filter id must be a string");
        return node.textValue();
    }
}
