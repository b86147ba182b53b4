package org.nos.protocol.trie;

import org.nos.protocol.rlp.Rlp;

/** A child known only by its hash: it is loaded from the store the first time a walk needs it. */
final class HashNode extends Node {
    private final byte[] nodeHash;
    /** The loaded node; racing loads produce equal nodes, so this needs no lock. */
    volatile Node resolved;

    HashNode(byte[] nodeHash) {
        this.nodeHash = nodeHash;
        this.stored = true;
    }

    @Override
    byte[] computeEncoding() {
        throw new IllegalStateException("a hash node has no encoding until it is resolved");
    }

    @Override
    byte[] hash() {
        return nodeHash;
    }

    @Override
    boolean isEmbedded() {
        return false;
    }

    @Override
    byte[] reference() {
        return Rlp.encodeBytes(nodeHash);
    }
}
