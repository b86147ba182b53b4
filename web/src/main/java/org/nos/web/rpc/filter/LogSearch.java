package org.nos.web.rpc.filter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.ChainQueries;
import org.nos.ejb.chain.LogQuery;
import org.nos.ejb.chain.StoredLog;
import org.nos.ejb.chain.TooManyResultsException;
import org.nos.web.rpc.RpcException;
import org.nos.web.rpc.RpcSettings;
import org.nos.web.rpc.eth.LogDto;

/**
 * eth_getLogs and eth_getFilterLogs: resolves the criteria against the head, enforces the block-range and result
 * limits ({@code nos.rpc.logs.*}) with geth-style errors, and reads the logs through {@link ChainQueries}.
 */
@ApplicationScoped
public class LogSearch {
    /** The error code of a query that matched too many logs (as Infura, Alchemy and geth-based providers answer). */
    public static final int LIMIT_EXCEEDED = -32005;

    @Inject
    ChainQueries chain;

    @Inject
    RpcSettings settings;

    public List<LogDto> logs(LogCriteria criteria) throws RpcException {
        LogQuery query = query(criteria, chain.head().number(), settings.logsMaxBlockRange());
        if (query == null) return List.of();
        int max = settings.logsMaxResults();
        List<StoredLog> found;
        try {
            found = chain.logs(query, max);
        } catch (TooManyResultsException e) {
            throw new RpcException(LIMIT_EXCEEDED, "query returned more than " + max + " results");
        }
        List<LogDto> out = new ArrayList<>(found.size());
        for (StoredLog log : found) {
            if (criteria.matches(log)) out.add(LogDto.of(log));
        }
        return out;
    }

    /** The query for {@code criteria} with the head at {@code head}; null when nothing can match. */
    LogQuery query(LogCriteria criteria, long head, long maxRange) throws RpcException {
        if (criteria.blockHash() != null) {
            ChainBlock block = chain.byHash(criteria.blockHash())
                    .orElseThrow(() -> new RpcException(-32000, "unknown block"));
            return new LogQuery(block.number(), block.number(), block.hash(), criteria.addresses(), criteria.topics());
        }
        return rangeQuery(criteria, head, maxRange);
    }

    /** The block-range query: bounds resolved against {@code head} and checked (geth's texts). */
    static LogQuery rangeQuery(LogCriteria criteria, long head, long maxRange) throws RpcException {
        long from = criteria.fromBlock() == null ? head : criteria.fromBlock();
        long to = criteria.toBlock() == null ? head : criteria.toBlock();
        if (from > to) throw RpcException.invalidParams("invalid block range params");
        if (to > head) throw RpcException.invalidParams("block range extends beyond current head block");
        if (maxRange > 0 && to - from + 1 > maxRange) {
            throw RpcException.invalidParams("exceed maximum block range: " + maxRange);
        }
        return new LogQuery(from, to, null, criteria.addresses(), criteria.topics());
    }
}
