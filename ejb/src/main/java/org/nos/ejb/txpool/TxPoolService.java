package org.nos.ejb.txpool;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.tx.Transaction;
import org.nos.rollup.txpool.PoolStatus;
import org.nos.rollup.txpool.TransactionPool;
import org.nos.rollup.txpool.TxPoolException;

/**
 * eth_sendRawTransaction and the pool's read side. {@link #submit} is one JTA transaction: the pool persists the
 * accepted transaction in it; should it roll back after the pool took the transaction, the pool drops it again,
 * and {@link PendingTransactionEvent} fires only after the commit.
 */
@Stateless
public class TxPoolService {
    private static final Logger LOG = Logger.getLogger(TxPoolService.class.getName());

    @Inject
    PoolHolder holder;

    @Inject
    Event<PendingTransactionEvent> pendingEvents;

    @Resource
    TransactionSynchronizationRegistry registry;

    /** Admits raw EIP-2718 bytes; persisted in the same JTA transaction. */
    public Hash submit(byte[] raw) throws TxPoolException {
        TransactionPool pool = holder.pool();
        Hash hash = pool.submit(raw, holder.accounts());
        Transaction tx = pool.get(hash).orElse(null);
        registry.registerInterposedSynchronization(new AfterAccept(pool, hash, tx, pendingEvents));
        return hash;
    }

    public long pendingNonce(Address address) {
        return holder.pool().pendingNonce(address, holder.accounts());
    }

    public PoolStatus status() {
        return holder.pool().status();
    }

    public SortedMap<Address, List<Transaction>> pending() {
        return holder.pool().pending();
    }

    public SortedMap<Address, List<Transaction>> queued() {
        return holder.pool().queued();
    }

    /** A transaction in the pool. */
    public Optional<Transaction> get(Hash hash) {
        return holder.isLoaded() ? holder.pool().get(hash) : Optional.empty();
    }

    private record AfterAccept(TransactionPool pool, Hash hash, Transaction tx, Event<PendingTransactionEvent> events)
            implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                pool.drop(hash);
                return;
            }
            if (tx == null) return;
            try {
                events.fire(new PendingTransactionEvent(hash, tx));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A pending-transaction observer failed", e);
            }
        }
    }
}
