package org.nos.protocol.trie;

import org.nos.protocol.rlp.Rlp;

/** A run of nibbles shared by every key below it, leading to one branch. */
final class ExtensionNode extends Node {
    final byte[] path;
    final Node child;

    ExtensionNode(byte[] path, Node child) {
        this.path = path;
        this.child = child;
    }

    @Override
    byte[] computeEncoding() {
        return Rlp.encodeList(Rlp.encodeBytes(Nibbles.compact(path, false)), child.reference());
    }
}
