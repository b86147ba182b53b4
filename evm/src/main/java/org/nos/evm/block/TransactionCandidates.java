package org.nos.evm.block;

import java.util.List;
import org.nos.protocol.tx.Transaction;

/**
 * Where a block builder takes transactions from, best first, like geth's {@code TransactionsByPriceAndNonce}: the
 * builder {@link #peek}s, tries the transaction, then {@link #shift}s when it went in or {@link #pop}s when it did
 * not, which drops that sender's later transactions from this block, as their nonces can no longer follow.
 */
public interface TransactionCandidates {

    /** The best transaction now, or null when none is left. */
    Transaction peek();

    /** The peeked transaction went into the block. */
    void shift();

    /** The peeked transaction could not go into the block. */
    void pop();

    /** A fixed list, tried in order: {@link #shift} and {@link #pop} both move to the next one. */
    static TransactionCandidates inOrder(List<Transaction> transactions) {
        return new TransactionCandidates() {
            private int next;

            @Override
            public Transaction peek() {
                return next < transactions.size() ? transactions.get(next) : null;
            }

            @Override
            public void shift() {
                next++;
            }

            @Override
            public void pop() {
                next++;
            }
        };
    }
}
