package org.nos.protocol.trie;

import java.util.concurrent.ConcurrentHashMap;
import org.nos.protocol.base.Hash;

/** A {@link TrieNodeStore} in a hash map; safe to share between threads. */
public final class InMemoryTrieNodeStore implements TrieNodeStore {
    private final ConcurrentHashMap<Hash, byte[]> nodes = new ConcurrentHashMap<>();

    @Override
    public byte[] get(Hash nodeHash) {
        return nodes.get(nodeHash);
    }

    @Override
    public void put(Hash nodeHash, byte[] rlpNode) {
        nodes.put(nodeHash, rlpNode);
    }

    /** How many nodes the store holds. */
    public int size() {
        return nodes.size();
    }
}
