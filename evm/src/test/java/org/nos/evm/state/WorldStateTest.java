package org.nos.evm.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nos.evm.Word;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

class WorldStateTest {
    private static final Address A = Address.fromHex("0x00000000000000000000000000000000000000aa");
    private static final Address B = Address.fromHex("0x00000000000000000000000000000000000000bb");
    private static final Word ONE = Word.of(1);

    private static InMemoryStateStore store() {
        return InMemoryStateStore.fromAlloc(Map.of(A, new InMemoryStateStore.AllocAccount(1, Wei.of(100),
                Bytes.fromHex("0x00"), Map.of(ONE, Word.of(5)))));
    }

    @Test
    void revertUndoesEveryKindOfChange() {
        WorldState s = WorldState.over(store());
        int snap = s.snapshot();
        s.setStorage(A, ONE, Word.of(9));
        s.addBalance(B, Word.of(3));
        s.incrementNonce(A);
        s.setTransient(A, ONE, Word.of(7));
        s.warmSlot(A, ONE);
        s.addRefund(4800);
        s.revertTo(snap);
        assertEquals(Word.of(5), s.getStorage(A, ONE));
        assertFalse(s.exists(B));
        assertEquals(1, s.getNonce(A));
        assertEquals(Word.ZERO, s.getTransient(A, ONE));
        assertFalse(s.isWarmSlot(A, ONE));
        assertEquals(0, s.refund());
    }

    @Test
    void originalValueIsTheValueAtTheStartOfTheTransaction() {
        WorldState s = WorldState.over(store());
        s.setStorage(A, ONE, Word.of(6));
        assertEquals(Word.of(5), s.getOriginalStorage(A, ONE));
        s.endTransaction();
        assertEquals(Word.of(6), s.getOriginalStorage(A, ONE));
    }

    @Test
    void touchedEmptyAccountsAreDeletedAtTheEndOfTheTransaction() {
        WorldState s = WorldState.over(store());
        s.addBalance(B, Word.ZERO);
        assertTrue(s.exists(B));
        s.endTransaction();
        assertFalse(s.exists(B));
    }

    @Test
    void selfDestructedAccountsAreDeletedWithTheirStorage() {
        InMemoryStateStore store = store();
        WorldState s = WorldState.over(store);
        s.markSelfDestructed(A);
        s.endTransaction();
        assertFalse(s.exists(A));
        assertEquals(Word.ZERO, s.getStorage(A, ONE));
        StateChanges changes = s.commit();
        assertTrue(changes.accounts().get(A).deleted());
        assertEquals(null, store.account(A));
    }

    @Test
    void commitWritesAChangeSetAndTheRootFollows() {
        InMemoryStateStore store = store();
        Hash before = store.stateRoot();
        WorldState s = WorldState.over(store);
        s.setStorage(A, Word.of(2), Word.of(8));
        s.addBalance(B, Word.of(1));
        s.endTransaction();
        StateChanges changes = s.commit();
        assertEquals(Map.of(Word.of(2), Word.of(8)), changes.accounts().get(A).storage());
        assertEquals(Wei.of(1), store.account(B).balance());
        assertEquals(Word.of(8), store.storage(A, Word.of(2)));
        assertFalse(before.equals(store.stateRoot()));
    }

    @Test
    void createCollisionSeesNonceCodeOrStorage() {
        WorldState s = WorldState.over(store());
        assertTrue(s.hasCollision(A));
        assertFalse(s.hasCollision(B));
    }

    @Test
    void emptyStoreHasTheEmptyRoot() {
        assertEquals(Hash.EMPTY_TRIE, InMemoryStateStore.empty().stateRoot());
    }

    @Test
    void initializesEveryKindOfJournalEntry() {
        assertEquals(JournalEntry.class.getDeclaredClasses().length, WorldState.initializeJournalClasses());
        assertTrue(WorldState.initializeJournalClasses() >= 12, "nonce, balance, code, created, storage, ... entries");
    }
}
