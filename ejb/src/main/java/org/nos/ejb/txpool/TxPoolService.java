package org.nos.ejb.txpool;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.tx.Transaction;
import org.nos.rollup.txpool.PoolStatus;
import org.nos.rollup.txpool.TransactionPool;
import org.nos.rollup.txpool.TxPoolException;

/**
 * eth_sendRawTransaction and the pool's read side. {@link #admit} takes a transaction into the pool and queues its
 * row; {@link Admission#awaitStored} returns once the row is committed, sharing the commit with concurrent accepts,
 * and only then is the transaction acknowledged and {@link PendingTransactionEvent} fired.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TxPoolService {

    @Inject
    PoolHolder holder;

    @Inject
    Event<PendingTransactionEvent> pendingEvents;

    /**
     * Validates and admits raw EIP-2718 bytes; the caller must {@link Admission#awaitStored await} the returned
     * admission before it acknowledges the transaction. Callers with many transactions admit them all first and
     * then await each, so that their rows share one commit.
     */
    public Admission admit(byte[] raw) throws TxPoolException {
        TransactionPool pool = holder.pool();
        try (GroupCommit.Arrival arrival = holder.submissionArriving()) {
            Hash hash = pool.submit(raw, holder.accounts());
            return new Admission(hash, pool.get(hash).orElse(null), pool, holder, pendingEvents);
        }
    }

    /** Admits raw EIP-2718 bytes and returns their hash once stored. */
    public Hash submit(byte[] raw) throws TxPoolException {
        return admit(raw).awaitStored();
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
