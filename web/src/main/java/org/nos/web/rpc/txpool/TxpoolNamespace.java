package org.nos.web.rpc.txpool;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.nos.ejb.chain.StoredTransaction;
import org.nos.ejb.txpool.TxPoolService;
import org.nos.protocol.base.Address;
import org.nos.protocol.tx.Transaction;
import org.nos.rollup.txpool.PoolStatus;
import org.nos.web.rpc.Quantity;
import org.nos.web.rpc.RpcMethodRegistry;
import org.nos.web.rpc.RpcNamespace;
import org.nos.web.rpc.RpcSettings;
import org.nos.web.rpc.eth.TransactionDto;

/** txpool_status and txpool_content in geth's shapes; off with {@code nos.rpc.txpool.enabled=false}. */
@ApplicationScoped
public class TxpoolNamespace implements RpcNamespace {

    @Inject
    TxPoolService txPool;

    @Inject
    RpcSettings settings;

    @Override
    public void register(RpcMethodRegistry registry) {
        if (!settings.txpoolEnabled()) return;
        registry.register("txpool_status", params -> {
            params.atMost(0);
            PoolStatus status = txPool.status();
            return Map.of("pending", Quantity.of(status.pending()), "queued", Quantity.of(status.queued()));
        });
        registry.register("txpool_content", params -> {
            params.atMost(0);
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("pending", byAddress(txPool.pending()));
            content.put("queued", byAddress(txPool.queued()));
            return content;
        });
    }

    /** address → nonce (decimal string) → transaction, as geth's txpool_content. */
    static Map<String, Map<String, TransactionDto>> byAddress(SortedMap<Address, List<Transaction>> txs) {
        Map<String, Map<String, TransactionDto>> out = new LinkedHashMap<>();
        txs.forEach((address, list) -> {
            Map<String, TransactionDto> byNonce = new LinkedHashMap<>();
            for (Transaction tx : list) {
                byNonce.put(Long.toUnsignedString(tx.nonce()), TransactionDto.of(new StoredTransaction(tx, address, null, -1, -1, null)));
            }
            out.put(address.toChecksumHex(), byNonce);
        });
        return out;
    }
}
