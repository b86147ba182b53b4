package org.nos.ejb.state;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nos.protocol.base.Hash;
import org.nos.protocol.trie.TrieNodeStore;

/** The trie nodes one block creates, kept apart until they are written in the block's transaction. */
public final class BlockNodes implements TrieNodeStore {
    private final TrieNodeStore committed;
    private final LinkedHashMap<Hash, byte[]> created = new LinkedHashMap<>();

    BlockNodes(TrieNodeStore committed) {
        this.committed = committed;
    }

    /** Over any store, e.g. an in-memory one in tests. */
    public static BlockNodes over(TrieNodeStore committed) {
        return new BlockNodes(committed);
    }

    @Override
    public byte[] get(Hash nodeHash) {
        byte[] rlp = created.get(nodeHash);
        return rlp != null ? rlp : committed.get(nodeHash);
    }

    @Override
    public void put(Hash nodeHash, byte[] rlpNode) {
        created.put(nodeHash, rlpNode);
    }

    public Map<Hash, byte[]> created() {
        return created;
    }
}
