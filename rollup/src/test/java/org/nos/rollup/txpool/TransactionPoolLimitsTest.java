package org.nos.rollup.txpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.rollup.txpool.TestTransactions.config;
import static org.nos.rollup.txpool.TestTransactions.transfer;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.Transaction;

class TransactionPoolLimitsTest extends PoolFixture {

    @Test
    void senderBeyondItsLimitIsRefused() {
        usePool(config().withLimits(3, 3, 100));
        submitAll(transfer(A, 0, 1, 10), transfer(A, 1, 1, 10), transfer(A, 2, 1, 10));
        assertRejected(transfer(A, 3, 1, 10), "account limit exceeded: pooled 3 txs");
        submit(transfer(B, 0, 1, 10));
    }

    @Test
    void fullLaneTakesALowerNonceByDroppingItsHighest() {
        usePool(config().withLimits(3, 3, 100));
        Transaction n1 = transfer(A, 1, 1, 10);
        Transaction n2 = transfer(A, 2, 1, 10);
        Transaction n3 = transfer(A, 3, 1, 10);
        Transaction n0 = transfer(A, 0, 1, 10);
        submitAll(n1, n2, n3, n0);
        assertEquals(Map.of(A.address(), List.of(n0, n1, n2)), pool.pending());
        assertFalse(pool.contains(n3.hash()));
        assertFalse(store.holds(n3.hash()));
    }

    @Test
    void queueBeyondItsLimitIsNonceTooHigh() {
        usePool(config().withLimits(10, 2, 100));
        submitAll(transfer(A, 2, 1, 10), transfer(A, 3, 1, 10));
        assertRejected(transfer(A, 5, 1, 10), "nonce too high: tx nonce 5, next pending nonce 0, queued limit 2");
        submitAll(transfer(A, 0, 1, 10), transfer(A, 1, 1, 10), transfer(A, 5, 1, 10));
        assertEquals(new PoolStatus(4, 1), pool.status());
    }

    @Test
    void noQueueAtAllWhenTheQueuedLimitIsZero() {
        usePool(config().withLimits(10, 0, 100));
        assertRejected(transfer(A, 1, 1, 10), "nonce too high: tx nonce 1, next pending nonce 0, queued limit 0");
        submit(transfer(A, 0, 1, 10));
    }

    @Test
    void fullPoolEvictsTheCheapestForABetterPayer() {
        usePool(config().withLimits(10, 10, 3));
        Transaction a0 = transfer(A, 0, 1, 10);
        Transaction b0 = transfer(B, 0, 2, 10);
        Transaction c0 = transfer(C, 0, 3, 10);
        Transaction d0 = transfer(D, 0, 4, 10);
        submitAll(a0, b0, c0, d0);
        assertFalse(pool.contains(a0.hash()));
        assertEquals(List.of(B.address(), C.address(), D.address()).stream().sorted().toList(),
                List.copyOf(pool.pending().keySet()));
        assertEquals(List.of("saved " + a0.hash(), "saved " + b0.hash(), "saved " + c0.hash(),
                "saved " + d0.hash(), "removed " + a0.hash()), store.calls);
    }

    @Test
    void fullPoolRefusesWhatPaysNoMoreThanTheCheapest() {
        usePool(config().withLimits(10, 10, 3));
        submitAll(transfer(A, 0, 2, 10), transfer(B, 0, 2, 10), transfer(C, 0, 3, 10));
        assertRejected(transfer(D, 0, 1, 10), "transaction underpriced");
        assertRejected(transfer(D, 0, 2, 10), "transaction underpriced");
        assertEquals(3, pool.size());
    }

    @Test
    void evictionRanksByEffectiveTipAtTheBaseFee() {
        usePool(config().withLimits(10, 10, 2));
        Transaction highTipLowCap = transfer(A, 0, 2, 2); // effective tip 1 gwei at a 1 gwei base fee
        Transaction modest = transfer(B, 0, 2, 100); // effective tip 2 gwei
        submitAll(highTipLowCap, modest);
        Transaction newcomer = transfer(C, 0, Wei.of(1_500_000_000L), Wei.gwei(100), 21_000);
        submit(newcomer);
        assertFalse(pool.contains(highTipLowCap.hash()));
        assertTrue(pool.contains(modest.hash()));
    }

    @Test
    void poolIsFullWhenOnlyTheNewcomersOwnPredecessorsCouldGo() {
        usePool(config().withLimits(10, 10, 2));
        submitAll(transfer(A, 0, 1, 10), transfer(A, 1, 1, 10));
        assertRejected(transfer(A, 2, 9, 10), "txpool is full");
    }

    @Test
    void evictingAPendingTransactionQueuesItsSendersLaterOnes() {
        usePool(config().withLimits(10, 10, 3));
        Transaction a0 = transfer(A, 0, 1, 10);
        Transaction a1 = transfer(A, 1, 5, 10);
        submitAll(a0, a1, transfer(B, 0, 3, 10), transfer(C, 0, 2, 10));
        assertFalse(pool.contains(a0.hash()));
        assertEquals(Map.of(A.address(), List.of(a1)), pool.queued());
        assertEquals(0, pool.pendingNonce(A.address(), accounts));
    }

    @Test
    void amongEqualTipsTheQueuedThenTheLatestGoesFirst() {
        usePool(config().withLimits(10, 10, 3));
        Transaction a0 = transfer(A, 0, 1, 10);
        Transaction b5 = transfer(B, 5, 1, 10);
        Transaction c0 = transfer(C, 0, 1, 10);
        submitAll(a0, b5, c0);
        submit(transfer(D, 0, 2, 10));
        assertFalse(pool.contains(b5.hash()));
        submit(transfer(D, 1, 2, 10));
        assertFalse(pool.contains(c0.hash()));
        assertTrue(pool.contains(a0.hash()));
    }
}
