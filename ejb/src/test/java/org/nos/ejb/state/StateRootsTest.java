package org.nos.ejb.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nos.evm.Word;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.StateChanges;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.state.AccountState;
import org.nos.protocol.trie.InMemoryTrieNodeStore;

/**
 * The incremental roots (parent trie + a block's changes) equal the roots computed from scratch by
 * {@link InMemoryStateStore#stateRoot()} after applying the same changes, block after block.
 */
class StateRootsTest {
    private static final int ADDRESSES = 40;

    @Test
    void incrementalRootsMatchFullRecomputationOverRandomBlocks() {
        Random random = new Random(20260421L);
        List<Address> addresses = new ArrayList<>();
        for (int i = 0; i < ADDRESSES; i++) {
            byte[] a = new byte[20];
            random.nextBytes(a);
            addresses.add(Address.of(a));
        }
        InMemoryStateStore reference = InMemoryStateStore.empty();
        InMemoryTrieNodeStore committed = new InMemoryTrieNodeStore();
        Hash root = Hash.EMPTY_TRIE;
        int deletions = 0;
        int clears = 0;
        for (int block = 0; block < 60; block++) {
            TreeMap<Address, StateChanges.AccountChange> accounts = new TreeMap<>();
            int touched = 1 + random.nextInt(8);
            for (int t = 0; t < touched; t++) {
                Address address = addresses.get(random.nextInt(addresses.size()));
                AccountState before = reference.account(address);
                int kind = random.nextInt(10);
                if (kind == 0 && before != null) {
                    accounts.put(address, new StateChanges.AccountChange(address, true, 0, Wei.ZERO, Hash.EMPTY_CODE,
                            null, false, Map.of()));
                    deletions++;
                    continue;
                }
                boolean clear = kind == 1 && before != null && !reference.storageOf(address).isEmpty();
                if (clear) clears++;
                Map<Word, Word> storage = new HashMap<>();
                int slots = random.nextInt(6);
                for (int s = 0; s < slots; s++) {
                    Word slot = Word.of(random.nextInt(12));
                    // a third of the writes are zero: slot deletions (or no-ops on absent slots)
                    Word value = random.nextInt(3) == 0 ? Word.ZERO : Word.of(random.nextLong(), random.nextLong(), 0, random.nextInt(3));
                    storage.put(slot, value);
                }
                if (!clear && before != null && !reference.storageOf(address).isEmpty() && random.nextBoolean()) {
                    // delete an existing slot explicitly
                    storage.put(reference.storageOf(address).firstKey(), Word.ZERO);
                }
                Bytes code = null;
                Hash codeHash = before == null ? Hash.EMPTY_CODE : before.codeHash();
                if (before == null && random.nextInt(4) == 0) {
                    byte[] c = new byte[1 + random.nextInt(40)];
                    random.nextBytes(c);
                    code = Bytes.wrap(c);
                    codeHash = Hash.keccak(c);
                }
                long nonce = before == null ? 0 : before.nonce() + random.nextInt(2);
                Wei balance = Wei.of(Math.abs(random.nextLong() % 1_000_000_000_000L));
                accounts.put(address, new StateChanges.AccountChange(address, false, nonce, balance, codeHash, code, clear, storage));
            }
            StateChanges changes = new StateChanges(accounts);
            BlockNodes nodes = BlockNodes.over(committed);
            StateRoots.Result result = StateRoots.apply(root, reference, changes, nodes);
            nodes.created().forEach(committed::put);
            reference.apply(changes);

            assertEquals(reference.stateRoot(), result.stateRoot(), "state root after block " + block);
            for (Map.Entry<Address, Hash> e : result.storageRoots().entrySet()) {
                assertEquals(reference.storageRoot(e.getKey()), e.getValue(), "storage root of " + e.getKey() + " in block " + block);
            }
            root = result.stateRoot();
            // the trie is fully readable from the committed nodes alone
            TrieStateView view = new TrieStateView(committed, root, h -> null);
            for (Address address : addresses) {
                assertEquals(reference.account(address), view.account(address), "account " + address + " after block " + block);
                for (Map.Entry<Word, Word> slot : reference.storageOf(address).entrySet()) {
                    assertEquals(slot.getValue(), view.storage(address, slot.getKey()));
                }
            }
        }
        assertTrue(deletions > 3, "the seed exercises account deletions: " + deletions);
        assertTrue(clears > 3, "the seed exercises storage clears: " + clears);
    }

    @Test
    void noChangesKeepTheParentRoot() {
        Hash parent = Hash.keccak(new byte[] {1});
        StateRoots.Result result = StateRoots.apply(parent, InMemoryStateStore.empty(),
                new StateChanges(new TreeMap<>()), BlockNodes.over(new InMemoryTrieNodeStore()));
        assertEquals(parent, result.stateRoot());
        assertTrue(result.storageRoots().isEmpty());
    }

    @Test
    void clearingAllStorageGivesTheEmptyStorageRoot() {
        Address a = Address.fromHex("0x00000000000000000000000000000000000000aa");
        InMemoryStateStore reference = InMemoryStateStore.empty();
        InMemoryTrieNodeStore committed = new InMemoryTrieNodeStore();
        TreeMap<Address, StateChanges.AccountChange> first = new TreeMap<>();
        first.put(a, new StateChanges.AccountChange(a, false, 1, Wei.of(5), Hash.EMPTY_CODE, null, false,
                Map.of(Word.ONE, Word.of(7), Word.of(2), Word.of(9))));
        BlockNodes nodes = BlockNodes.over(committed);
        StateRoots.Result r1 = StateRoots.apply(Hash.EMPTY_TRIE, reference, new StateChanges(first), nodes);
        nodes.created().forEach(committed::put);
        reference.apply(new StateChanges(first));
        assertNotEquals(Hash.EMPTY_TRIE, r1.storageRoots().get(a));

        TreeMap<Address, StateChanges.AccountChange> second = new TreeMap<>();
        second.put(a, new StateChanges.AccountChange(a, false, 2, Wei.of(5), Hash.EMPTY_CODE, null, true, Map.of()));
        StateRoots.Result r2 = StateRoots.apply(r1.stateRoot(), reference, new StateChanges(second), BlockNodes.over(committed));
        reference.apply(new StateChanges(second));
        assertEquals(Hash.EMPTY_TRIE, r2.storageRoots().get(a));
        assertEquals(reference.stateRoot(), r2.stateRoot());
    }
}
