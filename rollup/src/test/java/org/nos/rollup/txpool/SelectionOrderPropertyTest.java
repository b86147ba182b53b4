package org.nos.rollup.txpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.Transaction;

/**
 * Random senders, nonces and fees from a fixed seed: every selection keeps each sender's nonces consecutive from
 * the account nonce, and each pick pays at least as much as every other sender's next transaction.
 */
class SelectionOrderPropertyTest extends PoolFixture {
    private static final int SENDERS = 8;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1337})
    void selectionIsByTipAndNeverBreaksNonceOrder(long seed) {
        Random random = new Random(seed);
        List<Transaction> submitted = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            PrivateKey key = TestTransactions.key(100 + s);
            accounts.fund(key.address(), Wei.ether(1000));
            accounts.setNonce(key.address(), random.nextInt(3));
            long first = accounts.nonce(key.address());
            int count = 1 + random.nextInt(6);
            for (long n = first; n < first + count; n++) {
                long gas = 21_000 + random.nextInt(3) * 40_000L;
                Wei tip = Wei.of(random.nextInt(20) * 100_000_000L);
                Wei feeCap = tip.plus(Wei.of(random.nextInt(30) * 100_000_000L));
                submitted.add(TestTransactions.transfer(key, n, tip, feeCap, gas));
            }
        }
        List<Transaction> shuffled = new ArrayList<>(submitted);
        Collections.shuffle(shuffled, random);
        for (Transaction tx : shuffled) submit(tx);

        Wei baseFee = Wei.of(random.nextInt(15) * 100_000_000L);
        long gasLimit = 100_000 + random.nextInt(1_000_000);
        List<Transaction> selected = GasLimitSelection.select(pool, baseFee, gasLimit);

        assertNonceOrder(selected);
        assertEachPickIsTheBestHead(selected, baseFee, gasLimit);
        assertTrue(selected.stream().mapToLong(Transaction::gasLimit).sum() <= gasLimit);
        assertEquals(selected, freshPoolSelection(shuffled, baseFee, gasLimit), "selection must be deterministic");
        List<Transaction> unlimited = GasLimitSelection.select(pool, baseFee, Long.MAX_VALUE);
        assertNonceOrder(unlimited);
        assertEquals(payableRuns(baseFee).values().stream().mapToInt(List::size).sum(), unlimited.size());
    }

    private void assertNonceOrder(List<Transaction> selected) {
        Map<Address, Long> next = new TreeMap<>();
        for (Transaction tx : selected) {
            long expected = next.getOrDefault(tx.sender(), accounts.nonce(tx.sender()));
            assertEquals(expected, tx.nonce(), "nonce order broken for " + tx.sender());
            next.put(tx.sender(), expected + 1);
        }
    }

    /**
     * Replays the selection: a sender whose next transaction paid more than a pick can only have been passed over
     * because that transaction did not fit, and then never comes back.
     */
    private void assertEachPickIsTheBestHead(List<Transaction> selected, Wei baseFee, long gasLimit) {
        Map<Address, List<Transaction>> runs = payableRuns(baseFee);
        Map<Address, Integer> taken = new TreeMap<>();
        Set<Address> skipped = new TreeSet<>();
        long gasLeft = gasLimit;
        for (Transaction pick : selected) {
            assertFalse(skipped.contains(pick.sender()), "a skipped sender came back");
            BigInteger pickTip = tipOf(pick, baseFee);
            for (Map.Entry<Address, List<Transaction>> run : runs.entrySet()) {
                int next = taken.getOrDefault(run.getKey(), 0);
                if (run.getKey().equals(pick.sender()) || skipped.contains(run.getKey())) continue;
                if (next >= run.getValue().size()) continue;
                Transaction head = run.getValue().get(next);
                if (tipOf(head, baseFee).compareTo(pickTip) > 0) {
                    assertTrue(head.gasLimit() > gasLeft, "a better-paying sender that fit was passed over");
                    skipped.add(run.getKey());
                }
            }
            taken.merge(pick.sender(), 1, Integer::sum);
            gasLeft -= pick.gasLimit();
        }
    }

    /** Each sender's pending run up to its first transaction below the base fee. */
    private Map<Address, List<Transaction>> payableRuns(Wei baseFee) {
        Map<Address, List<Transaction>> runs = new TreeMap<>();
        for (Map.Entry<Address, List<Transaction>> e : pool.pending().entrySet()) {
            List<Transaction> run = new ArrayList<>();
            for (Transaction tx : e.getValue()) {
                if (tx.maxFeePerGas().compareTo(baseFee) < 0) break;
                run.add(tx);
            }
            if (!run.isEmpty()) runs.put(e.getKey(), run);
        }
        return runs;
    }

    private static BigInteger tipOf(Transaction tx, Wei baseFee) {
        return tx.effectiveGasPrice(baseFee).toBigInteger().subtract(baseFee.toBigInteger());
    }

    private List<Transaction> freshPoolSelection(List<Transaction> txs, Wei baseFee, long gasLimit) {
        TransactionPool other = new TransactionPool(TestTransactions.config(), new InMemoryPoolStore(), BASE_FEE);
        for (Transaction tx : txs) other.submit(tx.encoded(), accounts);
        return GasLimitSelection.select(other, baseFee, gasLimit);
    }
}
