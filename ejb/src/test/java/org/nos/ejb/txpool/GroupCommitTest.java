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
    void afterAGroupWithCompanyALeaderGathersAsManyBeforeItWrites() throws Exception {
        List<List<String>> writes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<String> commit = new GroupCommit<>(items -> writes.add(List.copyOf(items)), TimeUnit.SECONDS.toNanos(30));
        GroupCommit.Ticket<String> a = commit.add("a");
        commit.add("b");
        a.await();
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            GroupCommit.Ticket<String> c = commit.add("c");
            Future<?> leader = threads.submit(c::await);
            Thread.sleep(200); // the leader is gathering by now; without gathering it would write c alone
            GroupCommit.Ticket<String> d = commit.add("d");
            leader.get(10, TimeUnit.SECONDS);
            assertTrue(d.isDone(), "d went with c");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")), writes,
                "the leader for c waited for a second item, as the last group had two");
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
