package org.nos.rollup.txpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nos.rollup.txpool.TestTransactions.legacy;
import static org.nos.rollup.txpool.TestTransactions.transfer;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.Transaction;

class TransactionPoolSelectionTest extends PoolFixture {
    private static final long GAS = 30_000_000;

    @Test
    void higherEffectiveTipFirstAcrossSenders() {
        Transaction a0 = transfer(A, 0, 3, 100);
        Transaction b0 = transfer(B, 0, 5, 100);
        Transaction c0 = transfer(C, 0, 1, 100);
        submitAll(a0, b0, c0);
        assertEquals(List.of(b0, a0, c0), GasLimitSelection.select(pool, BASE_FEE, GAS));
    }

    @Test
    void nonceOrderHoldsEvenWhenALaterNoncePaysMore() {
        Transaction a0 = transfer(A, 0, 1, 100);
        Transaction a1 = transfer(A, 1, 10, 100);
        Transaction b0 = transfer(B, 0, 5, 100);
        submitAll(a1, a0, b0);
        assertEquals(List.of(b0, a0, a1), GasLimitSelection.select(pool, BASE_FEE, GAS));
    }

    @Test
    void senderWhoseNextDoesNotFitIsSkippedOthersContinue() {
        Transaction a0 = transfer(A, 0, Wei.gwei(10), Wei.gwei(100), 50_000);
        Transaction a1 = transfer(A, 1, 20, 100);
        Transaction b0 = transfer(B, 0, 5, 100);
        Transaction b1 = transfer(B, 1, 4, 100);
        submitAll(a0, a1, b0, b1);
        assertEquals(List.of(b0, b1), GasLimitSelection.select(pool, BASE_FEE, 45_000));
    }

    @Test
    void stopsWhenTheBlockIsFull() {
        submitAll(transfer(A, 0, 3, 100), transfer(B, 0, 2, 100), transfer(C, 0, 1, 100));
        assertEquals(2, GasLimitSelection.select(pool, BASE_FEE, 62_999).size());
    }

    @Test
    void feeCapBelowTheBaseFeeStopsTheSender() {
        Transaction a0 = transfer(A, 0, 1, 1);
        Transaction a1 = transfer(A, 1, 1, 100);
        Transaction b0 = transfer(B, 0, 1, 2);
        submitAll(a0, a1, b0);
        assertEquals(List.of(b0), GasLimitSelection.select(pool, Wei.gwei(2), GAS));
        assertEquals(List.of(a0, a1, b0).size(), GasLimitSelection.select(pool, Wei.gwei(1), GAS).size());
    }

    @Test
    void legacyTipIsGasPriceMinusBaseFee() {
        Transaction a0 = legacy(A, 0, 10); // effective tip 3 gwei at 7
        Transaction b0 = transfer(B, 0, 5, 100); // effective tip 5 gwei
        Transaction c0 = transfer(C, 0, 9, 9); // effective tip 2 gwei
        submitAll(a0, b0, c0);
        assertEquals(List.of(b0, a0, c0), GasLimitSelection.select(pool, Wei.gwei(7), GAS));
    }

    @Test
    void equalTipsGoInArrivalOrder() {
        Transaction c0 = transfer(C, 0, 2, 100);
        Transaction a0 = transfer(A, 0, 2, 100);
        Transaction b0 = transfer(B, 0, 2, 100);
        submitAll(c0, a0, b0);
        assertEquals(List.of(c0, a0, b0), GasLimitSelection.select(pool, BASE_FEE, GAS));
    }

    @Test
    void queuedTransactionsAreNeverSelected() {
        Transaction a0 = transfer(A, 0, 1, 100);
        submitAll(a0, transfer(A, 2, 50, 100), transfer(B, 1, 50, 100));
        assertEquals(List.of(a0), GasLimitSelection.select(pool, BASE_FEE, GAS));
    }

    @Test
    void selectionLeavesThePoolAsItWas() {
        submitAll(transfer(A, 0, 1, 100), transfer(B, 0, 2, 100));
        GasLimitSelection.select(pool, BASE_FEE, GAS);
        assertEquals(new PoolStatus(2, 0), pool.status());
    }

    @Test
    void candidatesShiftToTheSendersNextAndPopSkipsTheSender() {
        Transaction a0 = transfer(A, 0, 5, 100);
        Transaction a1 = transfer(A, 1, 4, 100);
        Transaction b0 = transfer(B, 0, 3, 100);
        Transaction b1 = transfer(B, 1, 9, 100);
        submitAll(a0, a1, b0, b1);
        BlockCandidates candidates = pool.candidates(BASE_FEE);
        assertEquals(a0, candidates.peek());
        candidates.shift();
        assertEquals(a1, candidates.peek());
        candidates.pop();
        assertEquals(b0, candidates.peek());
        candidates.shift();
        assertEquals(b1, candidates.peek());
        candidates.shift();
        assertFalse(candidates.hasNext());
        assertNull(candidates.peek());
        assertThrows(IllegalStateException.class, candidates::shift);
    }
}
