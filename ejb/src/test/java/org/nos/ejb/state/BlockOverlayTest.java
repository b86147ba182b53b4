package org.nos.ejb.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nos.evm.Word;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.StateChanges;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/** The overlay a block is built on: the parent (head) state never changes, whether the block commits or not. */
class BlockOverlayTest {
    private static final Address ALICE = Address.fromHex("0x00000000000000000000000000000000000a11ce");
    private static final Address BOB = Address.fromHex("0x0000000000000000000000000000000000000b0b");

    private static InMemoryStateStore parent() {
        return InMemoryStateStore.fromAlloc(Map.of(ALICE,
                new InMemoryStateStore.AllocAccount(3, Wei.of(1_000), Bytes.EMPTY, Map.of(Word.ONE, Word.of(42)))));
    }

    @Test
    void readsComeFromTheParentUntilTheCommit() {
        InMemoryStateStore parent = parent();
        BlockOverlay overlay = new BlockOverlay(parent);
        assertEquals(3, overlay.account(ALICE).nonce());
        assertEquals(Word.of(42), overlay.storage(ALICE, Word.ONE));
        assertNull(overlay.account(BOB));
        assertTrue(overlay.changes().accounts().isEmpty(), "no changes before the commit");
    }

    @Test
    void aCommittedBlockKeepsItsChangesApartFromTheParent() {
        InMemoryStateStore parent = parent();
        Hash rootBefore = parent.stateRoot();
        BlockOverlay overlay = new BlockOverlay(parent);
        WorldState world = WorldState.over(overlay);
        world.subBalance(ALICE, Word.of(100));
        world.addBalance(BOB, Word.of(100));
        world.incrementNonce(ALICE);
        world.setStorage(ALICE, Word.ONE, Word.ZERO);
        world.endTransaction();
        StateChanges changes = world.commit();

        assertEquals(changes, overlay.changes());
        assertEquals(Wei.of(900), overlay.changes().accounts().get(ALICE).balance());
        assertEquals(Wei.of(100), overlay.changes().accounts().get(BOB).balance());
        assertEquals(Word.ZERO, overlay.changes().accounts().get(ALICE).storage().get(Word.ONE));
        // the parent (the head state) is untouched until the sealer applies the changes after the JTA commit
        assertEquals(rootBefore, parent.stateRoot());
        assertEquals(Wei.of(1_000), parent.account(ALICE).balance());
        assertEquals(Word.of(42), parent.storage(ALICE, Word.ONE));
        assertNull(parent.account(BOB));
    }

    @Test
    void anAbandonedBlockLeavesNoTrace() {
        InMemoryStateStore parent = parent();
        Hash rootBefore = parent.stateRoot();
        BlockOverlay overlay = new BlockOverlay(parent);
        WorldState world = WorldState.over(overlay);
        world.addBalance(BOB, Word.of(5));
        world.setStorage(ALICE, Word.of(9), Word.of(9));
        // the block's transaction rolls back before the commit: nothing reaches the overlay or the parent
        assertTrue(overlay.changes().accounts().isEmpty());
        assertEquals(rootBefore, parent.stateRoot());
        assertEquals(Word.ZERO, overlay.storage(ALICE, Word.of(9)));
    }

    @Test
    void takesExactlyOneCommit() {
        BlockOverlay overlay = new BlockOverlay(parent());
        overlay.apply(new StateChanges(new java.util.TreeMap<>()));
        assertThrows(IllegalStateException.class, () -> overlay.apply(new StateChanges(new java.util.TreeMap<>())));
        assertThrows(IllegalStateException.class, () -> overlay.account(ALICE), "no reads of a stale parent after the commit");
    }
}
