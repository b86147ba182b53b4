package org.nos.ejb.chain;

import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.Bloom;

/**
 * An eth_getLogs filter: a block range or (exclusively) one block hash; any of {@code addresses} (empty = any);
 * per topic position an OR-set of topics (an empty set is a wildcard).
 */
public record LogQuery(long fromBlock, long toBlock, Hash blockHash, List<Address> addresses, List<List<Hash>> topics) {

    public LogQuery {
        addresses = List.copyOf(addresses);
        topics = topics.stream().map(List::copyOf).toList();
    }

    /**
     * Whether a block with this logs bloom may hold a matching log: it has logs, one of the addresses (if any is
     * given) is in it, and at each topic position with a set one of the set's topics is. False means certainly not.
     */
    public boolean mightMatch(Bloom bloom) {
        if (bloom.equals(Bloom.EMPTY)) return false;
        if (!addresses.isEmpty() && addresses.stream().noneMatch(bloom::mightContain)) return false;
        for (List<Hash> set : topics) {
            if (!set.isEmpty() && set.stream().noneMatch(bloom::mightContain)) return false;
        }
        return true;
    }

    /** Whether a log from {@code address} with {@code logTopics} matches this filter, by geth's rule below. */
    public boolean matches(Address address, List<Hash> logTopics) {
        return matches(addresses, topics, address, logTopics);
    }

    /**
     * geth's matching rule: the log's address is one of {@code addresses} (if any is given); the log has at least as
     * many topics as the filter has positions, and at each position with a set its topic is in the set (an empty set
     * is a wildcard).
     */
    public static boolean matches(List<Address> addresses, List<List<Hash>> topics, Address address,
            List<Hash> logTopics) {
        if (!addresses.isEmpty() && !addresses.contains(address)) return false;
        if (topics.size() > logTopics.size()) return false;
        for (int i = 0; i < topics.size(); i++) {
            List<Hash> set = topics.get(i);
            if (!set.isEmpty() && !set.contains(logTopics.get(i))) return false;
        }
        return true;
    }
}
