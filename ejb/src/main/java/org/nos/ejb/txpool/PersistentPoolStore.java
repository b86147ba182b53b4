package org.nos.ejb.txpool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.nos.jpa.txpool.PoolRepository;
import org.nos.protocol.base.Hash;
import org.nos.protocol.tx.Transaction;
import org.nos.rollup.txpool.PoolStore;

/**
 * The pool's persistence: a {@link PoolJournal} for what was just accepted, the pool table for the rest.
 * <ul>
 *   <li>An accepted transaction is appended to the journal before the accept returns, and its row waits in memory.
 *   <li>{@link #flush} (after each block) writes the rows that have waited one whole block in one transaction of
 *       their own, then deletes the journal segments they came from. Rows of transactions already let go of are
 *       not written at all: a transaction is normally sealed in the block after its accept, so it never reaches the
 *       table; those that linger in the pool (queued behind a nonce gap, or underpriced) do.
 *   <li>Removals are collected and deleted after each block, in a transaction of their own.
 *   <li>At start the journal segments left over are written into the table first, so the restore reads one place.
 * </ul>
 * A crash loses nothing acknowledged: what is not in the table is in a journal segment. Rows of transactions already
 * gone (a crash before their delete) are re-validated and discarded by the restore.
 */
final class PersistentPoolStore implements PoolStore {
    private final PoolRepository repository;
    private final Consumer<List<PoolRepository.Row>> writer;
    private final PoolJournal journal;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}: rows accepted since the last flush (in the open journal segment), by arrival. */
    private Map<Hash, PoolRepository.Row> unflushed = new LinkedHashMap<>();
    /** Guarded by {@link #lock}: rows accepted before the last flush and not yet in the table, by arrival. */
    private Map<Hash, PoolRepository.Row> waiting = new LinkedHashMap<>();
    /** Guarded by {@link #lock}: closed journal segments, whose rows are in {@link #waiting} or the table, or gone. */
    private final List<Path> closedSegments = new ArrayList<>();
    private final Set<Hash> removals = new LinkedHashSet<>();
    private long arrival;

    /**
     * Replays the journal segments in {@code journalDir} into the table, then opens a new segment.
     *
     * @param writer stores a group of rows in a transaction of its own
     */
    PersistentPoolStore(PoolRepository repository, Path journalDir, Consumer<List<PoolRepository.Row>> writer) {
        this.repository = repository;
        this.writer = writer;
        this.arrival = repository.maxArrival() + 1;
        List<Path> leftOver = PoolJournal.segments(journalDir);
        List<PoolRepository.Row> replayed = new ArrayList<>();
        for (Path segment : leftOver) {
            for (byte[] raw : PoolJournal.read(segment)) replayed.add(new PoolRepository.Row(Hash.keccak(raw), arrival++, raw));
        }
        if (!replayed.isEmpty()) writer.accept(replayed);
        for (Path segment : leftOver) PoolJournal.delete(segment);
        this.journal = new PoolJournal(journalDir);
    }

    @Override
    public void saved(Transaction tx) {
        synchronized (lock) {
            journal.append(tx.encoded());
            unflushed.put(tx.hash(), new PoolRepository.Row(tx.hash(), arrival++, tx.encoded()));
        }
        synchronized (removals) {
            removals.remove(tx.hash());
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

    /**
     * Writes the rows accepted before the last flush that are still in the pool, in one transaction, and deletes the
     * journal segments they came from; the rows accepted since wait for the next flush. Should the write fail, the
     * rows and segments stay for the next flush (and the segments for a restart).
     */
    void flush() {
        List<PoolRepository.Row> rows;
        List<Path> written;
        synchronized (lock) {
            if (unflushed.isEmpty() && waiting.isEmpty() && closedSegments.isEmpty()) return;
            synchronized (removals) {
                for (Iterator<Hash> it = removals.iterator(); it.hasNext();) {
                    Hash hash = it.next();
                    boolean neverInTheTable = waiting.remove(hash) != null || unflushed.remove(hash) != null;
                    if (neverInTheTable) it.remove();
                }
            }
            rows = new ArrayList<>(waiting.values());
            waiting = unflushed;
            unflushed = new LinkedHashMap<>();
            written = new ArrayList<>(closedSegments);
            if (!waiting.isEmpty()) closedSegments.add(journal.rotate()); // else the open segment holds only the gone
        }
        try {
            if (!rows.isEmpty()) writer.accept(rows);
        } catch (RuntimeException e) {
            synchronized (lock) {
                Map<Hash, PoolRepository.Row> back = new LinkedHashMap<>();
                for (PoolRepository.Row row : rows) back.put(row.hash(), row);
                back.putAll(waiting);
                waiting = back;
            }
            throw e;
        }
        synchronized (lock) {
            for (Path segment : written) PoolJournal.delete(segment);
            closedSegments.removeAll(written);
        }
    }

    /** The removals to delete now: those since the last call whose row is in the table (the others wait). */
    List<Hash> takeRemovals() {
        synchronized (lock) {
            synchronized (removals) {
                List<Hash> out = new ArrayList<>(removals.size());
                for (Iterator<Hash> it = removals.iterator(); it.hasNext();) {
                    Hash hash = it.next();
                    if (!unflushed.containsKey(hash) && !waiting.containsKey(hash)) {
                        out.add(hash);
                        it.remove();
                    }
                }
                return out;
            }
        }
    }

    /** Closes the journal (at undeployment); what it holds is replayed at the next start. */
    void close() {
        synchronized (lock) {
            journal.close();
        }
    }

    /** Puts back removals whose transaction rolled back. */
    void restoreRemovals(List<Hash> hashes) {
        synchronized (removals) {
            removals.addAll(hashes);
        }
    }
}
