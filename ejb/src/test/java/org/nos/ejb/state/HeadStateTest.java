package org.nos.ejb.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nos.evm.Word;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.StateChanges;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.trie.InMemoryTrieNodeStore;

/** The in-memory head state follows committed blocks exactly as a full recomputation does. */
class HeadStateTest {
    private static final Address A = Address.fromHex("0x00000000000000000000000000000000000000a1");
    private static final Address B = Address.fromHex("0x00000000000000000000000000000000000000b2");

    @Test
    void appliesBlocksLikeTheReferenceStore() {
        HeadState head = new HeadState();
        head.reset(0, Hash.EMPTY_TRIE, Map.of());
        InMemoryStateStore reference = InMemoryStateStore.empty();
        InMemoryTrieNodeStore nodes = new InMemoryTrieNodeStore();
        Bytes code = Bytes.wrap(new byte[] {0x60, 0x01, 0x60, 0x00, 0x55});
        Hash codeHash = Hash.keccak(code.toArray());

        StateChanges block1 = changes(
                new StateChanges.AccountChange(A, false, 1, Wei.of(10), codeHash, code, false, Map.of(Word.ONE, Word.of(5), Word.of(2), Word.of(6))),
                new StateChanges.AccountChange(B, false, 0, Wei.of(20), Hash.EMPTY_CODE, null, false, Map.of()));
        Hash root1 = applyBoth(head, reference, nodes, Hash.EMPTY_TRIE, 1, block1);
        StateChanges block2 = changes(
                new StateChanges.AccountChange(A, false, 2, Wei.of(9), codeHash, null, false, Map.of(Word.ONE, Word.ZERO)),
                new StateChanges.AccountChange(B, true, 0, Wei.ZERO, Hash.EMPTY_CODE, null, false, Map.of()));
        Hash root2 = applyBoth(head, reference, nodes, root1, 2, block2);
        assertEquals(Word.ZERO, head.storage(A, Word.ONE), "a zero write deletes the slot");
        assertEquals(Word.of(6), head.storage(A, Word.of(2)));
        assertNull(head.account(B), "deleted");
        assertEquals(code, head.code(codeHash));

        StateChanges block3 = changes(
                new StateChanges.AccountChange(A, false, 3, Wei.of(9), codeHash, null, true, Map.of(Word.of(3), Word.of(1))));
        Hash root3 = applyBoth(head, reference, nodes, root2, 3, block3);
        assertEquals(Word.ZERO, head.storage(A, Word.of(2)), "cleared storage is gone");
        assertEquals(Word.of(1), head.storage(A, Word.of(3)));
        assertEquals(3, head.blockNumber());
        assertEquals(root3, head.stateRoot());
        assertThrows(UnsupportedOperationException.class, () -> head.apply(block3));
    }

    private static Hash applyBoth(HeadState head, InMemoryStateStore reference, InMemoryTrieNodeStore nodes, Hash parentRoot,
            long number, StateChanges changes) {
        BlockNodes created = BlockNodes.over(nodes);
        StateRoots.Result roots = StateRoots.apply(parentRoot, head, changes, created);
        created.created().forEach(nodes::put);
        head.apply(number, roots.stateRoot(), changes, roots.storageRoots());
        reference.apply(changes);
        assertEquals(reference.stateRoot(), roots.stateRoot());
        for (Address a : new Address[] {A, B}) assertEquals(reference.account(a), head.account(a), "account " + a + " at block " + number);
        return roots.stateRoot();
    }

    private static StateChanges changes(StateChanges.AccountChange... accounts) {
        TreeMap<Address, StateChanges.AccountChange> map = new TreeMap<>();
        for (StateChanges.AccountChange c : accounts) map.put(c.address(), c);
        return new StateChanges(map);
    }
}
