package org.nos.rollup.txpool;

import org.nos.protocol.tx.Transaction;

/**
 * Told of each transaction that becomes pending (executable): on arrival, on promotion from the queue, on
 * replacement. Feeds {@code eth_newPendingTransactionFilter} and {@code newPendingTransactions} subscriptions.
 * Called with the pool's lock held, in nonce order per sender: keep it quick and do not block.
 */
@FunctionalInterface
public interface PendingTransactionListener {

    void onPending(Transaction tx);
}
