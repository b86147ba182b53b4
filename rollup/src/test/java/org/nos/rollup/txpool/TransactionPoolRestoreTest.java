package org.nos.rollup.txpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.rollup.txpool.TestTransactions.config;
import static org.nos.rollup.txpool.TestTransactions.transfer;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.Transaction;

class TransactionPoolRestoreTest extends PoolFixture {

    @Test
    void restartLosesNoAcceptedTransaction() {
        Transaction a0 = transfer(A, 0, 1, 10);
        Transaction a1 = transfer(A, 1, 2, 10);
        Transaction a3 = transfer(A, 3, 1, 10);
        Transaction b0 = transfer(B, 0, 3, 10);
        submitAll(a3, b0, a1, a0);
        var pendingBefore = pool.pending();
        var queuedBefore = pool.queued();
        int callsBefore = store.calls.size();

        usePool(config());
        RestoreResult result = pool.restore(accounts);

        assertEquals(4, result.restored());
        assertTrue(result.discarded().isEmpty());
        assertEquals(pendingBefore, pool.pending());
        assertEquals(queuedBefore, pool.queued());
        assertEquals(callsBefore, store.calls.size(), "restore must not write back what the store already holds");
        assertEquals(List.of(b0, a0, a1), GasLimitSelection.select(pool, BASE_FEE, 30_000_000));
    }

    @Test
    void restoreDiscardsWhatNoLongerPasses() {
        Transaction a0 = transfer(A, 0, 1, 10);
        Transaction a1 = transfer(A, 1, 1, 10);
        Transaction b0 = transfer(B, 0, 1, 10);
        submitAll(a0, a1, b0);
        byte[] corrupt = {(byte) 0xc1, 0x01};
        store.putRaw(corrupt);
        accounts.setNonce(A.address(), 1);
        accounts.fund(B.address(), Wei.of(1));

        usePool(config());
        RestoreResult result = pool.restore(accounts);

        assertEquals(1, result.restored());
        assertEquals(Map.of(A.address(), List.of(a1)), pool.pending());
        List<Hash> discarded = result.discarded().stream().map(RestoreResult.Discarded::hash).toList();
        assertEquals(List.of(a0.hash(), b0.hash(), Hash.keccak(corrupt)), discarded);
        assertEquals("nonce too low: next nonce 1, tx nonce 0", result.discarded().get(0).reason());
        assertTrue(result.discarded().get(1).reason().startsWith("insufficient funds for gas * price + value"));
        assertTrue(result.discarded().get(2).reason().startsWith("rlp: "));
        assertFalse(store.holds(a0.hash()));
        assertFalse(store.holds(b0.hash()));
        assertFalse(store.holds(Hash.keccak(corrupt)));
        assertEquals(1, store.size());
    }

    @Test
    void restoreUnderSmallerLimitsEvictsAndForgets() {
        submitAll(transfer(A, 0, 1, 10), transfer(B, 0, 2, 10), transfer(C, 0, 3, 10));
        usePool(config().withLimits(10, 10, 2));
        RestoreResult result = pool.restore(accounts);
        assertEquals(2, result.restored());
        assertEquals(2, store.size());
    }

    @Test
    void restoreAnnouncesWhatBecomesPending() {
        Transaction a0 = transfer(A, 0, 1, 10);
        submit(a0);
        announced.clear();
        usePool(config());
        pool.restore(accounts);
        assertEquals(List.of(a0.hash()), announced);
    }

    @Test
    void arrivalOrderStillBreaksTiesAfterARestart() {
        Transaction c0 = transfer(C, 0, 2, 100);
        Transaction a0 = transfer(A, 0, 2, 100);
        Transaction b0 = transfer(B, 0, 2, 100);
        submitAll(c0, a0, b0);
        usePool(config());
        pool.restore(accounts);
        Transaction d0 = transfer(D, 0, 2, 100);
        submit(d0);
        assertEquals(List.of(c0, a0, b0, d0), GasLimitSelection.select(pool, BASE_FEE, 30_000_000));
    }

    @Test
    void restoreNeedsAnEmptyPool() {
        submit(transfer(A, 0, 1, 10));
        assertThrows(IllegalStateException.class, () -> pool.restore(accounts));
    }
}
