package org.nos.protocol.trie;

import java.util.ArrayList;
import java.util.List;
import org.nos.protocol.rlp.RlpException;
import org.nos.protocol.rlp.RlpReader;

/** Turns a node's RLP back into a {@link Node}: the inverse of {@link Node#encoded()}, strict about shape. */
final class NodeDecoder {
    private NodeDecoder() {}

    /** Decodes a node read from a store or a proof; the result is marked as stored. */
    static Node decode(byte[] rlp) {
        RlpReader list = RlpReader.ofList(rlp);
        Node node = decodeList(list);
        node.setEncoded(rlp);
        node.stored = true;
        return node;
    }

    private static Node decodeList(RlpReader list) {
        List<byte[]> items = new ArrayList<>(17);
        while (list.hasNext()) items.add(list.readRaw());
        if (items.size() == 17) return decodeBranch(items);
        if (items.size() != 2) throw new RlpException("a trie node has 2 or 17 items, got " + items.size());
        byte[] compact = item(items, 0).readBytes();
        byte[] path = Nibbles.fromCompact(compact);
        if (Nibbles.isLeaf(compact)) {
            byte[] value = item(items, 1).readBytes();
            if (value.length == 0) throw new RlpException("a leaf with an empty value");
            return new LeafNode(path, value);
        }
        if (path.length == 0) throw new RlpException("an extension with an empty path");
        Node child = decodeChild(items.get(1));
        if (child == null) throw new RlpException("an extension without a child");
        return new ExtensionNode(path, child);
    }

    private static Node decodeBranch(List<byte[]> items) {
        Node[] children = new Node[16];
        for (int i = 0; i < 16; i++) children[i] = decodeChild(items.get(i));
        byte[] value = item(items, 16).readBytes();
        return new BranchNode(children, value.length == 0 ? null : value);
    }

    private static RlpReader item(List<byte[]> items, int index) {
        return RlpReader.of(items.get(index));
    }

    /** A child reference: the empty string (none), a 32-byte hash, or a node embedded as a list. */
    private static Node decodeChild(byte[] raw) {
        if ((raw[0] & 0xff) >= 0xc0) {
            if (raw.length >= 32) throw new RlpException("an embedded node of " + raw.length + " bytes");
            return decode(raw);
        }
        byte[] ref = RlpReader.of(raw).readBytes();
        if (ref.length == 0) return null;
        if (ref.length != 32) throw new RlpException("a child reference of " + ref.length + " bytes");
        return new HashNode(ref);
    }
}
