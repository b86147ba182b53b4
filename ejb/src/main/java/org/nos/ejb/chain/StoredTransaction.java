package org.nos.ejb.chain;

import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.Transaction;

/**
 * A transaction with where it sits: sealed ones carry their block and index; pending (pool) ones have a null
 * block hash, block number -1, index -1 and a null effective gas price.
 */
public record StoredTransaction(Transaction tx, Address from, Hash blockHash, long blockNumber, int index,
        Wei effectiveGasPrice) {

    public static StoredTransaction pending(Transaction tx) {
        return new StoredTransaction(tx, tx.sender(), null, -1, -1, null);
    }

    public boolean isPending() {
        return blockHash == null;
    }
}
