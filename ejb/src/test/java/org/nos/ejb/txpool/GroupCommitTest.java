package org.nos.ejb.txpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void aLoneCallerWritesItsItemAtOnce() {
        List<List<String>> writes = new ArrayList<>();
        GroupCommit<String> commit = new GroupCommit<>(writes::add, 0);
        GroupCommit.Ticket<String> a = commit.add("a");
        assertFalse(a.isDone());
        a.await();
        assertTrue(a.isDone());
        commit.add("b").await();
        assertEquals(List.of(List.of("a"), List.of("b")), writes);
    }

    @Test
    void itemsQueuedBeforeTheFirstAwaitShareOneWrite() {
        List<List<String>> writes = new ArrayList<>();
        GroupCommit<String> commit = new GroupCommit<>(writes::add, 0);
        List<GroupCommit.Ticket<String>> tickets = List.of(commit.add("a"), commit.add("b"), commit.add("c"));
        tickets.get(1).await();
        assertTrue(tickets.stream().allMatch(GroupCommit.Ticket::isDone));
        tickets.get(0).await();
        tickets.get(2).await();
        assertEquals(List.of(List.of("a", "b", "c")), writes, "one write, in the order added");
    }

    @Test
    void callersArrivingDuringAWriteShareTheNextOne() throws Exception {
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch othersQueued = new CountDownLatch(1);
        List<List<Integer>> writes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer> commit = new GroupCommit<>(items -> {
            if (writes.isEmpty()) {
                firstWriteStarted.countDown();
                await(othersQueued);
            }
            writes.add(List.copyOf(items));
        }, 0);
        ExecutorService threads = Executors.newFixedThreadPool(9);
        try {
            Future<?> first = threads.submit(() -> commit.add(0).await());
            await(firstWriteStarted);
            List<GroupCommit.Ticket<Integer>> later = new ArrayList<>();
            for (int i = 1; i <= 8; i++) later.add(commit.add(i));
            List<Future<?>> waiters = new ArrayList<>();
            for (GroupCommit.Ticket<Integer> t : later) waiters.add(threads.submit(t::await));
            othersQueued.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<?> w : waiters) w.get(10, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(List.of(List.of(0), List.of(1, 2, 3, 4, 5, 6, 7, 8)), writes,
                "the eight that arrived while the first write ran went in one write");
    }

    @Test
    void aLeaderWaitsForAnnouncedItems() throws Exception {
        List<List<String>> writes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<String> commit = new GroupCommit<>(items -> writes.add(List.copyOf(items)), TimeUnit.SECONDS.toNanos(30));
        GroupCommit.Arrival announced = commit.arriving();
        GroupCommit.Ticket<String> c = commit.add("c");
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<?> leader = threads.submit(c::await);
            Thread.sleep(200); // the leader is waiting by now; without the announcement it would have written c alone
            assertFalse(leader.isDone());
            GroupCommit.Ticket<String> d = commit.add("d");
            announced.close();
            leader.get(10, TimeUnit.SECONDS);
            assertTrue(d.isDone(), "d went with c");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(List.of(List.of("c", "d")), writes);
    }

    @Test
    void anAnnouncedItemThatNeverComesDelaysAWriteByTheGatherTimeAtMost() {
        List<List<String>> writes = new ArrayList<>();
        GroupCommit<String> commit = new GroupCommit<>(writes::add, TimeUnit.MILLISECONDS.toNanos(50));
        try (GroupCommit.Arrival never = commit.arriving()) {
            long start = System.nanoTime();
            commit.add("a").await();
            long waited = System.nanoTime() - start;
            assertTrue(waited >= TimeUnit.MILLISECONDS.toNanos(50), "waited the gather time: " + waited);
            assertTrue(waited < TimeUnit.SECONDS.toNanos(5), "and no longer: " + waited);
        }
        assertEquals(List.of(List.of("a")), writes);
    }

    @Test
    void aFailedWriteFailsEveryTicketOfItsGroupAndNoOther() {
        List<List<String>> writes = new ArrayList<>();
        GroupCommit<String> commit = new GroupCommit<>(items -> {
            if (items.contains("poison")) throw new IllegalStateException("disk full");
            writes.add(items);
        }, 0);
        GroupCommit.Ticket<String> a = commit.add("a");
        GroupCommit.Ticket<String> poison = commit.add("poison");
        IllegalStateException e = assertThrows(IllegalStateException.class, a::await);
        assertEquals("disk full", e.getMessage());
        assertThrows(IllegalStateException.class, poison::await);
        commit.add("b").await();
        assertEquals(List.of(List.of("b")), writes, "the next group writes normally");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
