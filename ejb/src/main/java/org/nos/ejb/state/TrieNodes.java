package org.nos.ejb.state;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nos.jpa.state.StateRepository;
import org.nos.protocol.base.Hash;
import org.nos.protocol.trie.TrieNodeStore;

/**
 * The trie nodes of the sealed blocks: those not yet written to the {@code nos_trie_node} table, then an LRU cache
 * in front of it. Read-only as a {@link TrieNodeStore}; a block writes through its own {@link BlockNodes}, whose
 * nodes are held here from its commit ({@link #sealed}) until the state writer has stored them ({@link #written}).
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

    private final ConcurrentHashMap<Hash, byte[]> unwritten = new ConcurrentHashMap<>();

    @Override
    public byte[] get(Hash nodeHash) {
        synchronized (cache) {
            byte[] rlp = cache.get(nodeHash);
            if (rlp != null) return rlp;
        }
        byte[] rlp = unwritten.get(nodeHash);
        if (rlp != null) return rlp;
        rlp = repository.trieNode(nodeHash);
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

    /** A sealed block's nodes, held until they are written. */
    public void sealed(Map<Hash, byte[]> nodes) {
        unwritten.putAll(nodes);
    }

    /** Nodes now in the table: from the held ones into the cache (in that order, so a reader always finds them). */
    public void written(Map<Hash, byte[]> nodes) {
        synchronized (cache) {
            cache.putAll(nodes);
        }
        unwritten.keySet().removeAll(nodes.keySet());
    }

    /** A write buffer for one block over these nodes. */
    public BlockNodes newBlock() {
        return new BlockNodes(this);
    }
}
