package org.nos.protocol.trie;

import org.nos.protocol.rlp.Rlp;

/** The end of a key: the rest of the key's nibbles and the value stored under it. */
final class LeafNode extends Node {
    final byte[] path;
    final byte[] value;

    LeafNode(byte[] path, byte[] value) {
        this.path = path;
        this.value = value;
    }

    @Override
    byte[] computeEncoding() {
        return Rlp.encodeList(Rlp.encodeBytes(Nibbles.compact(path, true)), Rlp.encodeBytes(value));
    }
}
