package org.nos.protocol.trie;

import org.nos.protocol.rlp.Rlp;

/** Sixteen children, one per next nibble, and the value of a key that ends here (null when none). */
final class BranchNode extends Node {
    final Node[] children;
    final byte[] value;

    /** Takes ownership of {@code children} (16 entries, null for none). */
    BranchNode(Node[] children, byte[] value) {
        this.children = children;
        this.value = value;
    }

    /** A copy with child {@code index} replaced. */
    BranchNode withChild(int index, Node child) {
        Node[] copy = children.clone();
        copy[index] = child;
        return new BranchNode(copy, value);
    }

    /** How many children and values this branch holds. */
    int occupancy() {
        int n = value == null ? 0 : 1;
        for (Node c : children) if (c != null) n++;
        return n;
    }

    @Override
    byte[] computeEncoding() {
        byte[][] items = new byte[17][];
        for (int i = 0; i < 16; i++) {
            items[i] = children[i] == null ? Rlp.EMPTY_STRING : children[i].reference();
        }
        items[16] = value == null ? Rlp.EMPTY_STRING : Rlp.encodeBytes(value);
        return Rlp.encodeList(items);
    }
}
