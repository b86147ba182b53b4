package org.nos.protocol.trie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Hash;
import org.nos.protocol.rlp.Rlp;

class TrieRootsTest {
    @Test
    void emptyListHasTheEmptyRoot() {
        assertEquals(Hash.EMPTY_TRIE, TrieRoots.ordered(List.of()));
    }

    @Test
    void orderedRootIsTheTrieKeyedByRlpIndex() {
        List<byte[]> values = new java.util.ArrayList<>();
        MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
        for (int i = 0; i < 300; i++) {
            byte[] value = ("item " + i).getBytes();
            values.add(value);
            trie.put(Rlp.encodeLong(i), value);
        }
        assertEquals(trie.rootHash(), TrieRoots.ordered(values));
    }
}
