package org.nos.ejb.txpool;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.nos.jpa.txpool.PoolRepository;
import org.nos.protocol.base.Hash;
import org.nos.protocol.tx.Transaction;
import org.nos.rollup.txpool.PoolStore;

/**
 * The pool's persistence. An accepted transaction's row goes into a {@link GroupCommit}: concurrent accepts share
 * one commit, and the accept is acknowledged only after {@link #awaitStored} saw it written. Removals are collected
 * and deleted after each block in a transaction of their own, except those whose insert is still on its way, which
 * wait for a later block; a crash before the delete leaves rows that the restore re-validates and discards.
 */
final class PersistentPoolStore implements PoolStore {
    /** How long a group write waits for accepts under validation: well under a request's round trip. */
    private static final long GATHER_NANOS = 1_000_000;
    private final PoolRepository repository;
    private final GroupCommit<PoolRepository.Row> inserts;
    private final AtomicLong arrival;
    /** Inserts queued or being written whose accept has not yet awaited them. */
    private final Map<Hash, GroupCommit.Ticket<PoolRepository.Row>> unacknowledged = new ConcurrentHashMap<>();
    private final Set<Hash> removals = new LinkedHashSet<>();

    /** @param writer stores a group of rows in a transaction of its own */
    PersistentPoolStore(PoolRepository repository, Consumer<List<PoolRepository.Row>> writer) {
        this.repository = repository;
        this.inserts = new GroupCommit<>(writer, GATHER_NANOS);
        this.arrival = new AtomicLong(repository.maxArrival() + 1);
    }

    @Override
    public void saved(Transaction tx) {
        synchronized (removals) {
            removals.remove(tx.hash());
        }
        var row = new PoolRepository.Row(tx.hash(), arrival.getAndIncrement(), tx.encoded());
        unacknowledged.put(tx.hash(), inserts.add(row));
    }

    /** Announces a transaction under validation, whose row a group write about to start should wait for. */
    GroupCommit.Arrival arriving() {
        return inserts.arriving();
    }

    /**
     * Returns once the row of a transaction just {@link #saved} is written, writing it in a group if no write is in
     * progress.
     *
     * @throws IllegalStateException when the write failed: the transaction is not stored
     */
    void awaitStored(Hash hash) {
        GroupCommit.Ticket<PoolRepository.Row> ticket = unacknowledged.get(hash);
        if (ticket == null) throw new IllegalStateException("no insert is waiting for " + hash);
        try {
            ticket.await();
        } finally {
            unacknowledged.remove(hash, ticket);
        }
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

    /** The removals to delete in the current transaction: those since the last call whose insert has been written. */
    List<Hash> takeRemovals() {
        synchronized (removals) {
            List<Hash> out = new ArrayList<>(removals.size());
            for (Iterator<Hash> it = removals.iterator(); it.hasNext();) {
                Hash hash = it.next();
                GroupCommit.Ticket<PoolRepository.Row> insert = unacknowledged.get(hash);
                if (insert == null || insert.isDone()) {
                    out.add(hash);
                    it.remove();
                }
            }
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
