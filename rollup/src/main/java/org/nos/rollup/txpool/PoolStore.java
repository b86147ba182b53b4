package org.nos.rollup.txpool;

import java.util.List;
import org.nos.protocol.base.Hash;
import org.nos.protocol.tx.Transaction;

/**
 * Where the pool persists what it holds, so a crash or restart loses no accepted transaction. The pool calls it
 * on every change before it changes its memory; if it throws, the pool is left unchanged. When {@link #saved}
 * returns, the transaction must survive a crash: an implementation may store it at once, or journal it and store it
 * later in a group.
 */
public interface PoolStore {

    /** The pool accepted {@code tx}; persist its {@link Transaction#encoded()} bytes under its hash. */
    void saved(Transaction tx);

    /** The pool let go of the transaction with this hash (included, replaced, evicted, stale or invalid). */
    void removed(Hash hash);

    /**
     * The EIP-2718 bytes of every transaction saved and not removed, in the order saved, for
     * {@link TransactionPool#restore}.
     */
    List<byte[]> loadAll();
}
