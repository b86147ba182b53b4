package org.nos.ejb.chain;

import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;

/** A log of a sealed transaction, with its position; {@code logIndex} counts across the whole block. */
public record StoredLog(Address address, List<Hash> topics, Bytes data, long blockNumber, Hash blockHash,
        Hash transactionHash, int transactionIndex, int logIndex) {

    public StoredLog {
        topics = List.copyOf(topics);
    }
}
