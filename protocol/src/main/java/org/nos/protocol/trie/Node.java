package org.nos.protocol.trie;

import org.nos.protocol.crypto.Keccak256;
import org.nos.protocol.rlp.Rlp;

/**
 * A trie node. Nodes are immutable, so a changed trie shares every untouched subtree with its predecessor, and
 * each node computes its RLP and hash at most once: only the path from a change up to the root is re-hashed.
 * The one mutable bit, {@code stored}, says that the node and its whole subtree are already in the store.
 */
abstract sealed class Node permits LeafNode, ExtensionNode, BranchNode, HashNode {
    private byte[] encoded;
    private byte[] hash;
    boolean stored;

    /** Computes this node's RLP (children appear by reference). */
    abstract byte[] computeEncoding();

    /** This node's RLP, computed once. */
    byte[] encoded() {
        byte[] e = encoded;
        if (e == null) {
            e = computeEncoding();
            encoded = e;
        }
        return e;
    }

    /** keccak of the RLP, computed once. */
    byte[] hash() {
        byte[] h = hash;
        if (h == null) {
            h = Keccak256.hash(encoded());
            hash = h;
        }
        return h;
    }

    /** True when this node sits inside its parent's RLP instead of being referenced by hash. */
    boolean isEmbedded() {
        return encoded().length < 32;
    }

    /** How a parent refers to this node: the node's own RLP when shorter than 32 bytes, else rlp(keccak(RLP)). */
    byte[] reference() {
        byte[] e = encoded();
        return e.length < 32 ? e : Rlp.encodeBytes(hash());
    }

    /** Seeds the caches of a node decoded from known bytes. */
    void setEncoded(byte[] rlp) {
        encoded = rlp;
    }
}
