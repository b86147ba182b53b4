package org.nos.jpa.tx;

import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;

/** A row of {@code nos_log}; {@code logIndex} counts across the block. */
public record LogRow(long blockNumber, int logIndex, Hash blockHash, Hash transactionHash, int transactionIndex,
        Address address, List<Hash> topics, Bytes data) {}
