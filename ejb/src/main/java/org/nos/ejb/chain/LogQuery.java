package org.nos.ejb.chain;

import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;

/**
 * An eth_getLogs filter: a block range or (exclusively) one block hash; any of {@code addresses} (empty = any);
 * per topic position an OR-set of topics (an empty set is a wildcard).
 */
public record LogQuery(long fromBlock, long toBlock, Hash blockHash, List<Address> addresses, List<List<Hash>> topics) {

    public LogQuery {
        addresses = List.copyOf(addresses);
        topics = topics.stream().map(List::copyOf).toList();
    }
}
