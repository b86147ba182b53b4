package org.nos.rollup.txpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.rollup.txpool.TestTransactions.transfer;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.LegacyTransaction;
import org.nos.protocol.tx.Transaction;

class TransactionPoolReplacementTest extends PoolFixture {

    /** The original pays tip 1000 wei and fee cap 10000 wei; the bump is 10%. */
    @ParameterizedTest(name = "tip {0}, fee cap {1} -> {2}")
    @CsvSource({
        "1100, 11000, accepted",
        "1100, 10999, replacement transaction underpriced",
        "1099, 11000, replacement transaction underpriced",
        "1000, 20000, replacement transaction underpriced",
        "5000, 10000, replacement transaction underpriced",
        "1000, 10000, replacement transaction underpriced",
        "999, 9000, replacement transaction underpriced",
        "5000, 50000, accepted",
    })
    void replacementMustBumpBothFeesByTenPercent(long tip, long feeCap, String outcome) {
        Transaction original = transfer(A, 0, Wei.of(1000), Wei.of(10_000), 21_000);
        submit(original);
        Transaction replacement = transfer(A, 0, Wei.of(tip), Wei.of(feeCap), 22_000);
        if (outcome.equals("accepted")) {
            submit(replacement);
            assertEquals(Map.of(A.address(), List.of(replacement)), pool.pending());
            assertFalse(pool.contains(original.hash()));
            assertEquals(List.of("saved " + original.hash(), "saved " + replacement.hash(),
                    "removed " + original.hash()), store.calls);
        } else {
            assertRejected(replacement, outcome);
            assertEquals(Map.of(A.address(), List.of(original)), pool.pending());
        }
    }

    @ParameterizedTest(name = "old {0} new {1} bump {2}% -> {3}")
    @CsvSource({
        "0, 0, 10, false",
        "0, 1, 10, true",
        "1, 2, 10, true",
        "9, 10, 10, true",
        "10, 11, 10, true",
        "19, 20, 10, true",
        "20, 21, 10, false",
        "100, 109, 10, false",
        "100, 110, 10, true",
        "100, 101, 0, true",
        "100, 100, 0, false",
        "100, 149, 50, false",
        "100, 150, 50, true",
    })
    void thresholdIsRoundedDownButMustStrictlyIncrease(long oldPrice, long newPrice, int bump, boolean enough) {
        Transaction old = legacyAt(oldPrice);
        Transaction offered = legacyAt(newPrice);
        assertEquals(enough, PriceBump.isEnough(old, offered, bump));
    }

    @Test
    void replacingAPendingTransactionAnnouncesTheNewOne() {
        Transaction original = transfer(A, 0, 1, 10);
        Transaction replacement = transfer(A, 0, 2, 20);
        submitAll(original, replacement);
        assertEquals(hashes(original, replacement), announced);
        assertEquals(new PoolStatus(1, 0), pool.status());
    }

    @Test
    void replacingAQueuedTransactionKeepsItQueued() {
        Transaction original = transfer(A, 3, 1, 10);
        Transaction replacement = transfer(A, 3, 2, 20);
        submitAll(original, replacement);
        assertEquals(Map.of(A.address(), List.of(replacement)), pool.queued());
        assertTrue(announced.isEmpty());
    }

    @Test
    void replacementDoesNotCountAgainstLimits() {
        usePool(TestTransactions.config().withLimits(1, 0, 1));
        submit(transfer(A, 0, 1, 10));
        submit(transfer(A, 0, 2, 20));
        assertEquals(1, pool.size());
    }

    @Test
    void replacementBalanceCountsOnlyTheBump() {
        Transaction original = transfer(A, 0, 1, 10);
        Transaction other = transfer(A, 1, 1, 10);
        Transaction replacement = transfer(A, 0, 2, 20);
        BigInteger cost = TransactionValidator.costOf(original);
        BigInteger bumped = TransactionValidator.costOf(replacement);
        BigInteger balance = cost.add(bumped).subtract(BigInteger.ONE);
        accounts.fund(A.address(), Wei.of(balance));
        submitAll(original, other);
        assertRejected(replacement, "insufficient funds for gas * price + value: balance " + balance
                + ", queued cost " + cost + ", tx bumped " + bumped.subtract(cost) + ", overshot 1");
    }

    private static Transaction legacyAt(long gasPrice) {
        return LegacyTransaction.unsigned(0, Wei.of(gasPrice), 21_000, TestTransactions.RECIPIENT, Wei.ZERO,
                Bytes.EMPTY);
    }
}
