package org.nos.protocol.trie;

import java.util.List;
import org.nos.protocol.base.Hash;
import org.nos.protocol.rlp.Rlp;

/** Roots of the tries a block header commits to. */
public final class TrieRoots {
    private TrieRoots() {}

    /**
     * The root of a list keyed by position: key {@code rlp(index)}, value the item's bytes. This is the
     * transactions root (EIP-2718 encodings), the receipts root (consensus encodings) and the withdrawals root
     * (RLP of each withdrawal).
     */
    public static Hash ordered(List<byte[]> values) {
        MerklePatriciaTrie trie = MerklePatriciaTrie.empty(new InMemoryTrieNodeStore());
        for (int i = 0; i < values.size(); i++) {
            trie.put(Rlp.encodeLong(i), values.get(i));
        }
        return trie.rootHash();
    }
}
