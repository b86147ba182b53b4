package org.nos.ejb.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.LegacyTransaction;
import org.nos.protocol.tx.Transaction;

/** The readers' copy of the blocks whose transaction and log rows are not yet written. */
class UnwrittenBlocksTest {
    private static final PrivateKey KEY = PrivateKey.fromHex("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    private static final Address TO = Address.fromHex("0x00000000000000000000000000000000000000aa");

    private final UnwrittenBlocks unwritten = new UnwrittenBlocks();
    private long nonce;

    @Test
    void aBlockIsFoundByItsTransactionsUntilItsRowsAreWritten() {
        List<StoredTransaction> five = block(5, 2);
        List<StoredTransaction> six = block(6, 3);
        unwritten.add(5, five, receipts(five));
        unwritten.add(6, six, receipts(six));

        Hash second = five.get(1).tx().hash();
        assertEquals(five.get(1), unwritten.transaction(second).orElseThrow());
        assertEquals(1, unwritten.receipt(second).orElseThrow().transactionIndex());
        assertEquals(3, unwritten.receipts(6).orElseThrow().size());
        assertEquals(six, unwritten.transactions(6).orElseThrow());
        assertEquals(List.of(5L, 6L), List.copyOf(unwritten.snapshot().keySet()));

        unwritten.written(5);
        assertTrue(unwritten.transaction(second).isEmpty(), "written: the tables answer");
        assertTrue(unwritten.receipts(5).isEmpty());
        assertEquals(six.get(2), unwritten.transaction(six.get(2).tx().hash()).orElseThrow());
        assertEquals(List.of(6L), List.copyOf(unwritten.snapshot().keySet()));
    }

    @Test
    void blocksWithoutTransactionsAreNotKept() {
        unwritten.add(7, List.of(), List.of());
        assertTrue(unwritten.snapshot().isEmpty());
    }

    @Test
    void aSnapshotStaysWholeWhenBlocksAreWrittenAfterIt() {
        List<StoredTransaction> eight = block(8, 1);
        unwritten.add(8, eight, receipts(eight));
        var snapshot = unwritten.snapshot();
        unwritten.written(8);
        assertEquals(eight, snapshot.get(8L).transactions());
    }

    private List<StoredTransaction> block(long number, int count) {
        List<StoredTransaction> txs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Transaction tx = LegacyTransaction.unsigned(nonce++, Wei.of(1_000_000_000L), 21_000, TO, Wei.of(1), Bytes.EMPTY)
                    .sign(KEY, 901);
            txs.add(new StoredTransaction(tx, KEY.address(), Hash.keccak(new byte[] {(byte) number}), number, i,
                    Wei.of(1_000_000_000L)));
        }
        return txs;
    }

    private static List<StoredReceipt> receipts(List<StoredTransaction> txs) {
        List<StoredReceipt> receipts = new ArrayList<>();
        for (StoredTransaction t : txs) {
            receipts.add(new StoredReceipt(t.tx().hash(), t.index(), t.blockHash(), t.blockNumber(), t.from(), TO, null,
                    21_000, 21_000L * (t.index() + 1), t.effectiveGasPrice(), true, 0, List.of(), Bytes.wrap(new byte[256]),
                    null));
        }
        return receipts;
    }
}
