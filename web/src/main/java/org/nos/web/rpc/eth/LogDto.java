package org.nos.web.rpc.eth;

import java.util.List;
import org.nos.ejb.chain.StoredLog;
import org.nos.protocol.base.Hash;
import org.nos.web.rpc.Quantity;

/** A log as geth returns it in receipts, eth_getLogs and subscriptions. */
public record LogDto(String address, List<String> topics, String data, String blockNumber, String transactionHash,
        String transactionIndex, String blockHash, String logIndex, boolean removed) {

    public static LogDto of(StoredLog log) {
        return new LogDto(log.address().toHex(), log.topics().stream().map(Hash::toHex).toList(), log.data().toHex(),
                Quantity.of(log.blockNumber()), log.transactionHash().toHex(), Quantity.of(log.transactionIndex()),
                log.blockHash().toHex(), Quantity.of(log.logIndex()), false);
    }
}
