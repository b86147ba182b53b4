package org.nos.protocol.trie;

import org.nos.protocol.base.Hash;

/** A trie walk reached a node that its store does not hold: the store is incomplete or the root is wrong. */
public final class MissingTrieNodeException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final transient Hash nodeHash;

    public MissingTrieNodeException(Hash nodeHash) {
        super("trie node " + nodeHash + " is not in the store");
        this.nodeHash = nodeHash;
    }

    public Hash nodeHash() {
        return nodeHash;
    }
}
