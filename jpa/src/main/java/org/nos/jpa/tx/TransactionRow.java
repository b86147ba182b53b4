package org.nos.jpa.tx;

import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/** A row of {@code nos_tx}: a sealed transaction and its receipt fields. */
public record TransactionRow(Hash hash, long blockNumber, int index, Address sender, byte[] raw, boolean success,
        long cumulativeGasUsed, long gasUsed, Wei effectiveGasPrice, Address contractAddress, Long depositNonce) {}
