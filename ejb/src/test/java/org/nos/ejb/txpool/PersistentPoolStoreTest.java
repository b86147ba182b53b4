package org.nos.ejb.txpool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nos.jpa.txpool.PoolRepository;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.DynamicFeeTransaction;
import org.nos.protocol.tx.Transaction;

class PersistentPoolStoreTest {
    private static final PrivateKey KEY = PrivateKey.fromHex("0x45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8");

    @TempDir
    Path dir;

    private final List<List<PoolRepository.Row>> writes = new ArrayList<>();

    @Test
    void anAcceptIsInTheJournalAtOnceAndReachesTheTableAfterWaitingOneBlock() {
        PersistentPoolStore store = store(writes::add);
        Transaction a = tx(0), b = tx(1);
        store.saved(a);
        store.saved(b);
        assertEquals(List.of(), writes, "no database write on the accept path");
        List<Path> segments = PoolJournal.segments(dir);
        assertEquals(1, segments.size());
        assertRaws(List.of(a, b), PoolJournal.read(segments.get(0)));

        store.flush();
        assertEquals(List.of(), writes, "the rows wait a block: most transactions are sealed by then");
        assertEquals(2, PoolJournal.segments(dir).size(), "their segment is closed and kept, a new one is open");

        store.flush();
        assertEquals(1, writes.size(), "one write for the group");
        assertEquals(List.of(a.hash(), b.hash()), hashes(writes.get(0)));
        assertTrue(writes.get(0).get(0).arrival() < writes.get(0).get(1).arrival(), "arrival order kept");
        assertEquals(1, PoolJournal.segments(dir).size(), "the written segment is gone, the open one stays");
        assertEquals(List.of(), PoolJournal.read(PoolJournal.segments(dir).get(0)));
    }

    @Test
    void aTransactionSealedInTheBlockAfterItsAcceptNeverReachesTheTable() {
        PersistentPoolStore store = store(writes::add);
        Transaction a = tx(0);
        store.saved(a);
        store.flush();
        store.removed(a.hash()); // sealed
        store.flush();
        store.flush();
        assertEquals(List.of(), writes);
        assertEquals(List.of(), store.takeRemovals(), "no row to delete");
        assertEquals(1, PoolJournal.segments(dir).size(), "only the open segment is left");
        assertEquals(List.of(), PoolJournal.read(PoolJournal.segments(dir).get(0)));
    }

    @Test
    void aStoreOpenedAfterACrashWritesTheJournalIntoTheTableFirst() {
        PersistentPoolStore crashed = store(rows -> { });
        Transaction a = tx(0), b = tx(1);
        crashed.saved(a);
        crashed.saved(b);
        // no flush: the process dies here

        store(writes::add);
        assertEquals(1, writes.size());
        assertEquals(List.of(a.hash(), b.hash()), hashes(writes.get(0)));
        assertEquals(1, PoolJournal.segments(dir).size(), "the replayed segment is gone, a new one is open");
    }

    @Test
    void aTransactionLetGoOfBeforeTheFlushIsNeverWritten() {
        PersistentPoolStore store = store(writes::add);
        Transaction a = tx(0), b = tx(1);
        store.saved(a);
        store.saved(b);
        store.removed(a.hash());
        assertEquals(List.of(), store.takeRemovals(), "a has no row to delete yet");

        store.flush();
        store.flush();
        assertEquals(List.of(b.hash()), hashes(writes.get(0)));
        assertEquals(List.of(), store.takeRemovals(), "and its removal is settled");
        store.removed(b.hash());
        assertEquals(List.of(b.hash()), store.takeRemovals(), "b's row is in the table: delete it");
    }

    @Test
    void aFailedFlushKeepsItsRowsAndJournalForTheNextOne() {
        boolean[] failNext = {true};
        PersistentPoolStore store = store(rows -> {
            if (failNext[0]) {
                failNext[0] = false;
                throw new IllegalStateException("database down");
            }
            writes.add(rows);
        });
        Transaction a = tx(0), b = tx(1);
        store.saved(a);
        store.flush();
        assertThrows(IllegalStateException.class, store::flush);
        assertEquals(2, PoolJournal.segments(dir).size(), "a's segment stays until its row is written");
        store.saved(b);

        store.flush();
        assertEquals(List.of(a.hash()), hashes(writes.get(0)));
        assertEquals(2, PoolJournal.segments(dir).size(), "b's segment waits, a new one is open");
        store.flush();
        assertEquals(List.of(b.hash()), hashes(writes.get(1)));
        assertEquals(1, PoolJournal.segments(dir).size());
    }

    @Test
    void aTornLastRecordIsIgnored() throws IOException {
        byte[] whole = tx(0).encoded();
        ByteBuffer file = ByteBuffer.allocate(8 + whole.length + 10);
        file.putInt(whole.length).put(whole).putInt(500).put(new byte[6]);
        Path segment = dir.resolve("nos-txpool-7.journal");
        Files.write(segment, file.array());
        List<byte[]> records = PoolJournal.read(segment);
        assertEquals(1, records.size());
        assertArrayEquals(whole, records.get(0));
    }

    private PersistentPoolStore store(Consumer<List<PoolRepository.Row>> writer) {
        return new PersistentPoolStore(new EmptyTable(), dir, writer);
    }

    private static Transaction tx(long nonce) {
        return DynamicFeeTransaction.unsigned(1, nonce, Wei.gwei(1), Wei.gwei(5), 21_000,
                Address.fromHex("0x00000000000000000000000000000000000000aa"), Wei.of(1), Bytes.EMPTY, List.of()).sign(KEY);
    }

    private static List<Hash> hashes(List<PoolRepository.Row> rows) {
        return rows.stream().map(PoolRepository.Row::hash).toList();
    }

    private static void assertRaws(List<Transaction> expected, List<byte[]> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) assertArrayEquals(expected.get(i).encoded(), actual.get(i));
    }

    /** The pool table of a new chain; the writes go to the store's writer. */
    private static final class EmptyTable extends PoolRepository {
        @Override
        public long maxArrival() {
            return -1;
        }

        @Override
        public List<byte[]> loadAll() {
            return List.of();
        }
    }
}
