package org.nos.ejb.txpool;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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
 * eth_sendRawTransaction and the pool's read side. {@link #submit} validates and admits a transaction; the pool's
 * store has it in its journal before this returns, so an acknowledged transaction survives a crash; the row follows
 * for those still pooled a block later. {@link PendingTransactionEvent} fires for every accepted transaction.
 *
 * <p>A CDI bean, not an EJB: nothing here runs in a database transaction (admission reads the in-memory pool and
 * appends to a file), and eth_sendRawTransaction calls it once per transaction on the request thread, where the
 * EJB interceptor chain (transaction attribute, request scope, reflection) took about a tenth of that thread's CPU.
 */
@ApplicationScoped
public class TxPoolService {
    private static final Logger LOG = Logger.getLogger(TxPoolService.class.getName());

    @Inject
    PoolHolder holder;

    @Inject
    Event<PendingTransactionEvent> pendingEvents;

    /** Admits raw EIP-2718 bytes; returns their hash once they are journaled. */
    public Hash submit(byte[] raw) throws TxPoolException {
        TransactionPool pool = holder.pool();
        Hash hash = pool.submit(raw, holder.accounts());
        Transaction tx = pool.get(hash).orElse(null);
        if (tx != null) {
            try {
                pendingEvents.fire(new PendingTransactionEvent(hash, tx));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A pending-transaction observer failed", e);
            }
        }
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
}
