package org.nos.ejb.txpool;

import jakarta.enterprise.event.Event;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nos.protocol.base.Hash;
import org.nos.protocol.tx.Transaction;
import org.nos.rollup.txpool.TransactionPool;

/** A transaction the pool took, whose row may still be on its way to the database. */
public final class Admission {
    private static final Logger LOG = Logger.getLogger(Admission.class.getName());

    private final Hash hash;
    private final Transaction tx;
    private final TransactionPool pool;
    private final PoolHolder holder;
    private final Event<PendingTransactionEvent> events;

    Admission(Hash hash, Transaction tx, TransactionPool pool, PoolHolder holder, Event<PendingTransactionEvent> events) {
        this.hash = hash;
        this.tx = tx;
        this.pool = pool;
        this.holder = holder;
        this.events = events;
    }

    public Hash hash() {
        return hash;
    }

    /**
     * Returns the hash once the transaction is stored, and announces it to pending-transaction observers.
     *
     * @throws IllegalStateException when it could not be stored: the pool has dropped it again
     */
    public Hash awaitStored() {
        try {
            holder.awaitStored(hash);
        } catch (IllegalStateException e) {
            pool.drop(hash);
            throw e;
        }
        if (tx != null) {
            try {
                events.fire(new PendingTransactionEvent(hash, tx));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A pending-transaction observer failed", e);
            }
        }
        return hash;
    }
}
