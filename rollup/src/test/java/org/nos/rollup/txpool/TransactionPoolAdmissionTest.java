package org.nos.rollup.txpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.rollup.txpool.TestTransactions.transfer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.Transaction;

class TransactionPoolAdmissionTest extends PoolFixture {

    @Test
    void acceptedTransactionIsPendingStoredAndAnnounced() {
        Transaction tx = transfer(A, 0, 1, 10);
        assertEquals(tx.hash(), submit(tx));
        assertEquals(Map.of(A.address(), List.of(tx)), pool.pending());
        assertTrue(pool.queued().isEmpty());
        assertEquals(new PoolStatus(1, 0), pool.status());
        assertEquals(tx, pool.get(tx.hash()).orElseThrow());
        assertEquals(1, pool.pendingNonce(A.address(), accounts));
        assertEquals(List.of("saved " + tx.hash()), store.calls);
        assertEquals(hashes(tx), announced);
    }

    @Test
    void futureNonceWaitsQueuedUntilTheGapFills() {
        Transaction n0 = transfer(A, 0, 1, 10);
        Transaction n1 = transfer(A, 1, 1, 10);
        Transaction n2 = transfer(A, 2, 1, 10);
        submitAll(n2, n0);
        assertEquals(Map.of(A.address(), List.of(n0)), pool.pending());
        assertEquals(Map.of(A.address(), List.of(n2)), pool.queued());
        assertEquals(new PoolStatus(1, 1), pool.status());
        assertEquals(1, pool.pendingNonce(A.address(), accounts));
        assertEquals(hashes(n0), announced);

        submit(n1);
        assertEquals(Map.of(A.address(), List.of(n0, n1, n2)), pool.pending());
        assertTrue(pool.queued().isEmpty());
        assertEquals(3, pool.pendingNonce(A.address(), accounts));
        assertEquals(hashes(n0, n1, n2), announced);
    }

    @Test
    void sameBytesTwiceAreAlreadyKnown() {
        Transaction tx = transfer(A, 0, 1, 10);
        submit(tx);
        assertRejected(tx, "already known");
        assertEquals(1, store.calls.size());
    }

    @Test
    void concurrentSubmissionsOfTheSameBytesAdmitItOnce() throws Exception {
        Transaction tx = transfer(A, 0, 1, 10);
        List<String> outcomes = submitConcurrently(Collections.nCopies(8, tx));
        assertEquals(1, outcomes.stream().filter("accepted"::equals).count(), outcomes.toString());
        assertEquals(7, outcomes.stream().filter("already known"::equals).count(), outcomes.toString());
        assertEquals(List.of("saved " + tx.hash()), store.calls);
        assertEquals(hashes(tx), announced);
    }

    @Test
    void concurrentSubmissionsOfOneSendersNoncesAllLandInItsLane() throws Exception {
        List<Transaction> txs = new ArrayList<>();
        for (int nonce = 0; nonce < 32; nonce++) txs.add(transfer(A, nonce, 1, 10));
        List<String> outcomes = submitConcurrently(txs);
        assertEquals(Collections.nCopies(32, "accepted"), outcomes);
        assertEquals(Map.of(A.address(), txs), pool.pending());
        assertTrue(pool.queued().isEmpty());
        assertEquals(32, pool.pendingNonce(A.address(), accounts));
        assertEquals(32, announced.size());
    }

    /** Submits each transaction from a thread of its own, all released at once; "accepted" or the rejection's text. */
    private List<String> submitConcurrently(List<Transaction> txs) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(txs.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (Transaction tx : txs) {
                results.add(threads.submit(() -> {
                    start.await();
                    try {
                        submit(tx);
                        return "accepted";
                    } catch (TxPoolException e) {
                        return e.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) outcomes.add(result.get(30, TimeUnit.SECONDS));
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void validatorRulesApplyOnSubmit() {
        accounts.setNonce(A.address(), 3);
        assertRejected(transfer(A, 2, 1, 10), "nonce too low: next nonce 3, tx nonce 2");
        assertEquals(0, pool.size());
        assertTrue(store.calls.isEmpty());
    }

    @Test
    void pendingNonceIsTheStateNonceForAnUnknownSender() {
        accounts.setNonce(B.address(), 5);
        assertEquals(5, pool.pendingNonce(B.address(), accounts));
    }

    @Test
    void pendingNonceFollowsStateAheadOfThePool() {
        submitAll(transfer(A, 0, 1, 10), transfer(A, 1, 1, 10), transfer(A, 2, 1, 10));
        accounts.setNonce(A.address(), 2);
        assertEquals(3, pool.pendingNonce(A.address(), accounts));
    }

    @Test
    void balanceMustCoverEveryPooledTransactionOfTheSender() {
        Transaction first = transfer(A, 0, 1, 10);
        BigInteger cost = TransactionValidator.costOf(first);
        accounts.fund(A.address(), Wei.of(cost.shiftLeft(1).subtract(BigInteger.ONE)));
        submit(first);
        assertRejected(transfer(A, 1, 1, 10), "insufficient funds for gas * price + value: balance "
                + cost.shiftLeft(1).subtract(BigInteger.ONE) + ", queued cost " + cost + ", tx cost " + cost
                + ", overshot 1");
    }

    @Test
    void storeFailureLeavesThePoolUnchanged() {
        Transaction tx = transfer(A, 0, 1, 10);
        store.failNextSave = true;
        assertThrows(IllegalStateException.class, () -> submit(tx));
        assertEquals(0, pool.size());
        assertTrue(announced.isEmpty());
        submit(tx);
        assertEquals(1, pool.size());
    }

    @Test
    void failingListenerDoesNotFailTheSubmission() {
        pool.addListener(tx -> {
            throw new IllegalStateException("subscriber gone");
        });
        Transaction tx = transfer(A, 0, 1, 10);
        submit(tx);
        assertTrue(pool.contains(tx.hash()));
        assertEquals(hashes(tx), announced);
    }

    @Test
    void removedListenerHearsNothing() {
        PendingTransactionListener silent = tx -> {
            throw new AssertionError("removed listener was called");
        };
        pool.addListener(silent);
        pool.removeListener(silent);
        submit(transfer(A, 0, 1, 10));
    }

    @Test
    void laneCatchesUpWhenStateMovedWithoutABlockNotice() {
        Transaction n0 = transfer(A, 0, 1, 10);
        Transaction n1 = transfer(A, 1, 1, 10);
        submitAll(n0, n1);
        accounts.setNonce(A.address(), 1);
        Transaction n2 = transfer(A, 2, 1, 10);
        submit(n2);
        assertFalse(pool.contains(n0.hash()));
        assertFalse(store.holds(n0.hash()));
        assertEquals(Map.of(A.address(), List.of(n1, n2)), pool.pending());
    }

    @Test
    void contentIsOrderedBySenderAddressThenNonce() {
        Transaction b0 = transfer(B, 0, 1, 10);
        Transaction a1 = transfer(A, 1, 1, 10);
        Transaction a0 = transfer(A, 0, 1, 10);
        Transaction c0 = transfer(C, 0, 1, 10);
        submitAll(c0, b0, a1, a0);
        List<Address> senders = List.copyOf(pool.pending().keySet());
        assertEquals(senders.stream().sorted().toList(), senders);
        assertEquals(List.of(a0, a1), pool.pending().get(A.address()));
    }
}
