package org.nos.ejb.txpool;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.nos.jpa.txpool.PoolRepository;
import org.nos.protocol.base.Hash;
import org.nos.protocol.tx.Transaction;
import org.nos.rollup.txpool.PoolStore;

/**
 * The pool's persistence: an accepted transaction is inserted in the caller's JTA transaction (the RPC's), so it
 * commits with the accept. Removals are collected and deleted in the next block's transaction; a crash before
 * that leaves rows that the restore re-validates and discards.
 */
final class PersistentPoolStore implements PoolStore {
    private final PoolRepository repository;
    private final AtomicLong arrival;
    private final Set<Hash> removals = new LinkedHashSet<>();

    PersistentPoolStore(PoolRepository repository) {
        this.repository = repository;
        this.arrival = new AtomicLong(repository.maxArrival() + 1);
    }

    @Override
    public void saved(Transaction tx) {
        synchronized (removals) {
            removals.remove(tx.hash());
        }
        repository.insert(tx.hash(), arrival.getAndIncrement(), tx.encoded());
    }

    @Override
    public void removed(Hash hash) {
        synchronized (removals) {
            removals.add(hash);
        }
    }

    @Override
    public List<byte[]> loadAll() {
        return repository.loadAll();
    }

    /** The removals since the last call, to delete in the current transaction. */
    List<Hash> takeRemovals() {
        synchronized (removals) {
            List<Hash> out = new ArrayList<>(removals);
            removals.clear();
            return out;
        }
    }

    /** Puts back removals whose transaction rolled back. */
    void restoreRemovals(List<Hash> hashes) {
        synchronized (removals) {
            removals.addAll(hashes);
        }
    }
}
