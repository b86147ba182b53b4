package org.nos.ejb.txpool;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes items in groups, one durable write for many callers. A caller {@link #add adds} an item and then
 * {@link Ticket#await awaits} it: the first waiter to find no write in progress becomes the leader and writes
 * everything queued so far, its own item and other callers'; the others wait for that write, or lead the next one.
 * Under load a group holds whatever arrived during the previous write, so callers share the commit's cost; alone, a
 * caller writes its item at once. A caller may announce an item before it has it ({@link #arriving}, say while it
 * validates a transaction); a leader then first waits, for up to the gather time, until the announced items are
 * queued, much as PostgreSQL's {@code commit_delay} waits for sibling transactions; so concurrent callers with one
 * request in flight each still meet in one write. No thread of its own.
 *
 * @param <T> the item
 */
final class GroupCommit<T> {
    private final Consumer<List<T>> writer;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition written = lock.newCondition();
    private final Condition arrived = lock.newCondition();
    private final long gatherNanos;
    private List<Ticket<T>> queue = new ArrayList<>();
    private boolean writing;
    /** Items announced by {@link #arriving} and not yet arrived. */
    private int expected;

    /**
     * @param writer writes a group durably, or throws, which fails every ticket of the group
     * @param gatherNanos how long a leader may wait for announced items; 0 never waits
     */
    GroupCommit(Consumer<List<T>> writer, long gatherNanos) {
        this.writer = Objects.requireNonNull(writer, "writer");
        if (gatherNanos < 0) throw new IllegalArgumentException("gatherNanos < 0");
        this.gatherNanos = gatherNanos;
    }

    /** Queues an item for the next group write. */
    Ticket<T> add(T item) {
        Ticket<T> ticket = new Ticket<>(this, item);
        lock.lock();
        try {
            queue.add(ticket);
        } finally {
            lock.unlock();
        }
        return ticket;
    }

    /**
     * Announces an item on its way: until the returned arrival is closed (after {@link #add}, or when the item will
     * not come), a leader may wait for it.
     */
    Arrival arriving() {
        lock.lock();
        try {
            expected++;
        } finally {
            lock.unlock();
        }
        return () -> {
            lock.lock();
            try {
                expected--;
                arrived.signalAll();
            } finally {
                lock.unlock();
            }
        };
    }

    /** An announced item's arrival: close it once the item is added, or will not be. */
    interface Arrival extends AutoCloseable {
        @Override
        void close();
    }

    private void await(Ticket<T> ticket) {
        lock.lock();
        try {
            while (!ticket.done) {
                if (writing) {
                    written.awaitUninterruptibly();
                } else {
                    writeQueued();
                }
            }
        } finally {
            lock.unlock();
        }
        if (ticket.failure != null) throw new IllegalStateException(ticket.failure.getMessage(), ticket.failure);
    }

    /** Writes the queue as one group, with the lock released during the write; called holding the lock. */
    private void writeQueued() {
        writing = true;
        gather();
        List<Ticket<T>> group = queue;
        queue = new ArrayList<>();
        RuntimeException failure = new IllegalStateException("the group write did not finish");
        lock.unlock();
        try {
            List<T> items = new ArrayList<>(group.size());
            for (Ticket<T> t : group) items.add(t.item);
            writer.accept(items);
            failure = null;
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            lock.lock();
            writing = false;
            for (Ticket<T> t : group) {
                t.failure = failure;
                t.done = true;
            }
            written.signalAll();
        }
    }

    /** Waits, holding the lock between wake-ups, until no announced item is missing or the gather time is over. */
    private void gather() {
        long left = gatherNanos;
        while (expected > 0 && left > 0) {
            try {
                left = arrived.awaitNanos(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One queued item: {@link #await} returns once it is written. */
    static final class Ticket<T> {
        private final GroupCommit<T> owner;
        private final T item;
        /** Guarded by the owner's lock. */
        private boolean done;
        private RuntimeException failure;

        private Ticket(GroupCommit<T> owner, T item) {
            this.owner = owner;
            this.item = item;
        }

        /**
         * Returns once the item is written, writing it (with whatever else is queued) if no write is in progress.
         *
         * @throws IllegalStateException when the write of its group failed
         */
        void await() {
            owner.await(this);
        }

        /** Whether the item's group write has finished, successfully or not. */
        boolean isDone() {
            owner.lock.lock();
            try {
                return done;
            } finally {
                owner.lock.unlock();
            }
        }
    }
}
