package org.nos.ejb.state;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nos.jpa.state.StateRepository;
import org.nos.protocol.base.Hash;
import org.nos.protocol.trie.TrieNodeStore;

/**
 * The committed trie nodes: an LRU cache in front of the {@code nos_trie_node} table. Read-only as a
 * {@link TrieNodeStore}; a block writes through its own {@link BlockNodes} and its nodes enter the cache after
 * commit ({@link #committed}).
 */
@ApplicationScoped
public class TrieNodes implements TrieNodeStore {
    static final int CACHE_NODES = 400_000;

    @Inject
    StateRepository repository;

    private final LinkedHashMap<Hash, byte[]> cache = new LinkedHashMap<>(1 << 16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Hash, byte[]> eldest) {
            return size() > CACHE_NODES;
        }
    };

    @Override
    public byte[] get(Hash nodeHash) {
        synchronized (cache) {
            byte[] rlp = cache.get(nodeHash);
            if (rlp != null) return rlp;
        }
        byte[] rlp = repository.trieNode(nodeHash);
        if (rlp != null) {
            synchronized (cache) {
                cache.put(nodeHash, rlp);
            }
        }
        return rlp;
    }

    @Override
    public void put(Hash nodeHash, byte[] rlpNode) {
        throw new UnsupportedOperationException("trie nodes are written per block, through BlockNodes");
    }

    /** A block's nodes, now committed. */
    public void committed(Map<Hash, byte[]> nodes) {
        synchronized (cache) {
            cache.putAll(nodes);
        }
    }

    /** A write buffer for one block over these nodes. */
    public BlockNodes newBlock() {
        return new BlockNodes(this);
    }
}
