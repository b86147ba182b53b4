package org.nos.rollup.txpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.rollup.txpool.TestTransactions.config;
import static org.nos.rollup.txpool.TestTransactions.transfer;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.DynamicFeeTransaction;
import org.nos.protocol.tx.Transaction;

class TransactionPoolBlockTest extends PoolFixture {

    @Test
    void includedTransactionsLeaveAndTheGapPromotes() {
        Transaction n0 = transfer(A, 0, 1, 10);
        Transaction n1 = transfer(A, 1, 1, 10);
        Transaction n3 = transfer(A, 3, 1, 10);
        submitAll(n0, n1, n3);
        accounts.setNonce(A.address(), 2);
        pool.onBlockSealed(List.of(n0, n1), accounts, BASE_FEE);
        assertEquals(Map.of(A.address(), List.of(n3)), pool.queued());
        assertTrue(pool.pending().isEmpty());
        assertFalse(store.holds(n0.hash()));
        assertFalse(store.holds(n1.hash()));

        Transaction n2 = transfer(A, 2, 1, 10);
        submit(n2);
        assertEquals(Map.of(A.address(), List.of(n2, n3)), pool.pending());
    }

    @Test
    void usedNoncesLeaveEvenWhenNotInTheBlock() {
        Transaction n0 = transfer(A, 0, 1, 10);
        Transaction n1 = transfer(A, 1, 1, 10);
        submitAll(n0, n1);
        accounts.setNonce(A.address(), 1);
        pool.onBlockSealed(List.of(), accounts, BASE_FEE);
        assertEquals(Map.of(A.address(), List.of(n1)), pool.pending());
        assertEquals(List.of("saved " + n0.hash(), "saved " + n1.hash(), "removed " + n0.hash()), store.calls);
    }

    @Test
    void emptiedLaneDisappears() {
        Transaction n0 = transfer(A, 0, 1, 10);
        submit(n0);
        accounts.setNonce(A.address(), 1);
        pool.onBlockSealed(List.of(n0), accounts, BASE_FEE);
        assertEquals(new PoolStatus(0, 0), pool.status());
        assertTrue(pool.pending().isEmpty());
        assertEquals(1, pool.pendingNonce(A.address(), accounts));
    }

    @Test
    void unaffordableTransactionIsDroppedAndItsSuccessorsQueue() {
        Transaction n0 = transfer(A, 0, 1, 10);
        Transaction n1 = DynamicFeeTransaction.unsigned(TestTransactions.CHAIN_ID, 1, Wei.gwei(1), Wei.gwei(10),
                21_000, TestTransactions.RECIPIENT, Wei.ether(500), Bytes.EMPTY, List.of()).sign(A);
        Transaction n2 = transfer(A, 2, 1, 10);
        submitAll(n0, n1, n2);
        accounts.fund(A.address(), Wei.ether(1));
        pool.onBlockSealed(List.of(), accounts, BASE_FEE);
        assertEquals(Map.of(A.address(), List.of(n0)), pool.pending());
        assertEquals(Map.of(A.address(), List.of(n2)), pool.queued());
        assertFalse(store.holds(n1.hash()));
    }

    @Test
    void promotionByANewNonceIsAnnounced() {
        Transaction n2 = transfer(A, 2, 1, 10);
        submit(n2);
        assertTrue(announced.isEmpty());
        accounts.setNonce(A.address(), 2);
        pool.onBlockSealed(List.of(), accounts, BASE_FEE);
        assertEquals(List.of(n2.hash()), announced);
        assertEquals(Map.of(A.address(), List.of(n2)), pool.pending());
    }

    @Test
    void nextBaseFeeRanksEvictionFromThenOn() {
        usePool(config().withLimits(10, 10, 2));
        Transaction lowCap = transfer(A, 0, 5, 6); // tip 5 at base fee 1, tip 1 at base fee 5
        Transaction highCap = transfer(B, 0, 3, 100); // tip 3 either way
        submitAll(lowCap, highCap);
        assertRejected(transfer(C, 0, 2, 100), "transaction underpriced");
        pool.onBlockSealed(List.of(), accounts, Wei.gwei(5));
        assertEquals(Wei.gwei(5), pool.baseFee());
        submit(transfer(C, 0, 2, 100));
        assertFalse(pool.contains(lowCap.hash()));
    }

    @Test
    void droppedTransactionQueuesItsSuccessors() {
        Transaction n0 = transfer(A, 0, 1, 10);
        Transaction n1 = transfer(A, 1, 1, 10);
        Transaction n2 = transfer(A, 2, 1, 10);
        submitAll(n0, n1, n2);
        assertTrue(pool.drop(n1.hash()));
        assertEquals(Map.of(A.address(), List.of(n0)), pool.pending());
        assertEquals(Map.of(A.address(), List.of(n2)), pool.queued());
        assertEquals(1, pool.pendingNonce(A.address(), accounts));
        assertFalse(store.holds(n1.hash()));
        assertFalse(pool.drop(n1.hash()));
        assertFalse(pool.drop(Hash.ZERO));
    }

    @Test
    void droppingTheLastTransactionRemovesTheLane() {
        Transaction n0 = transfer(A, 0, 1, 10);
        submit(n0);
        pool.drop(n0.hash());
        assertEquals(new PoolStatus(0, 0), pool.status());
        assertTrue(pool.queued().isEmpty());
    }
}
