package org.nos.rollup.txpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.Transaction;

/** A pool over an in-memory store and hand-set accounts, with three funded senders. */
abstract class PoolFixture {
    static final Wei BASE_FEE = Wei.gwei(1);
    static final PrivateKey A = TestTransactions.key(1);
    static final PrivateKey B = TestTransactions.key(2);
    static final PrivateKey C = TestTransactions.key(3);
    static final PrivateKey D = TestTransactions.key(4);

    final InMemoryPoolStore store = new InMemoryPoolStore();
    final TestAccounts accounts = new TestAccounts();
    final List<Hash> announced = new ArrayList<>();
    TransactionPool pool;

    PoolFixture() {
        for (PrivateKey k : List.of(A, B, C, D)) accounts.fund(k.address(), Wei.ether(1000));
        usePool(TestTransactions.config());
    }

    void usePool(PoolConfig config) {
        pool = new TransactionPool(config, store, BASE_FEE);
        pool.addListener(tx -> announced.add(tx.hash()));
    }

    Hash submit(Transaction tx) {
        return pool.submit(tx.encoded(), accounts);
    }

    void submitAll(Transaction... txs) {
        for (Transaction tx : txs) submit(tx);
    }

    void assertRejected(Transaction tx, String message) {
        TxPoolException e = assertThrows(TxPoolException.class, () -> submit(tx));
        assertEquals(message, e.getMessage());
    }

    static List<Hash> hashes(List<? extends Transaction> txs) {
        return txs.stream().map(Transaction::hash).toList();
    }

    static List<Hash> hashes(Transaction... txs) {
        return hashes(List.of(txs));
    }
}
