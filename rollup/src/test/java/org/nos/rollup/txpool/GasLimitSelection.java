package org.nos.rollup.txpool;

import java.util.ArrayList;
import java.util.List;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.Transaction;

/**
 * The pool's {@link BlockCandidates} as a block builder takes them, for tests of the pool's order: each transaction
 * is taken as if it used its whole gas limit, and one that does not fit drops its sender for the block.
 */
final class GasLimitSelection {
    private static final long TRANSFER_GAS = 21_000;

    private GasLimitSelection() {}

    static List<Transaction> select(TransactionPool pool, Wei baseFee, long gasLimit) {
        BlockCandidates candidates = pool.candidates(baseFee);
        List<Transaction> selected = new ArrayList<>();
        long gasLeft = gasLimit;
        while (gasLeft >= TRANSFER_GAS && candidates.hasNext()) {
            Transaction tx = candidates.peek();
            if (tx.gasLimit() > gasLeft) {
                candidates.pop();
                continue;
            }
            selected.add(tx);
            gasLeft -= tx.gasLimit();
            candidates.shift();
        }
        return selected;
    }
}
