package org.nos.protocol.trie;

import org.nos.protocol.base.Hash;

/**
 * Where a trie keeps its nodes: the RLP of every node of 32 bytes or more (and of every root), keyed by its
 * keccak hash. Nodes are content-addressed, so a store only ever adds; the same hash always maps to the same
 * bytes. The JPA layer implements this with a table; tests and root computations use
 * {@link InMemoryTrieNodeStore}.
 */
public interface TrieNodeStore {
    /** The RLP of the node with this hash, or null when the store does not hold it. */
    byte[] get(Hash nodeHash);

    /** Records a node. The caller gives up the array: it must never change it again. */
    void put(Hash nodeHash, byte[] rlpNode);
}
