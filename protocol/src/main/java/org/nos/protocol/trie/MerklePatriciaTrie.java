package org.nos.protocol.trie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;

/**
 * The Ethereum hexary Merkle Patricia trie (Yellow Paper, appendix D) over a {@link TrieNodeStore}.
 *
 * <p>Changes stay in memory until {@link #commit()} writes the new nodes to the store. Nodes are immutable and
 * cache their RLP and hash, so {@link #rootHash()} re-hashes only the nodes on paths that changed since the last
 * call, and {@link #copy()} is a constant-time snapshot. Nodes of an existing root are loaded from the store
 * lazily, as walks reach them. An instance is not safe for concurrent mutation; copies may be used from
 * different threads.
 */
public final class MerklePatriciaTrie {
    private final TrieNodeStore store;
    private Node root;

    private MerklePatriciaTrie(TrieNodeStore store, Node root) {
        this.store = store;
        this.root = root;
    }

    /** An empty trie whose nodes will be committed to {@code store}. */
    public static MerklePatriciaTrie empty(TrieNodeStore store) {
        return new MerklePatriciaTrie(store, null);
    }

    /** An empty trie over a fresh in-memory store. */
    public static MerklePatriciaTrie inMemory() {
        return empty(new InMemoryTrieNodeStore());
    }

    /**
     * The trie with root {@code rootHash} in {@code store}. Nothing is read until it is needed; a walk that
     * reaches a node the store lacks throws {@link MissingTrieNodeException}.
     */
    public static MerklePatriciaTrie open(TrieNodeStore store, Hash rootHash) {
        if (rootHash.equals(Hash.EMPTY_TRIE)) return empty(store);
        return new MerklePatriciaTrie(store, new HashNode(rootHash.toArray()));
    }

    /** A snapshot sharing all nodes with this trie; later changes to either do not affect the other. */
    public MerklePatriciaTrie copy() {
        return new MerklePatriciaTrie(store, root);
    }

    public TrieNodeStore store() {
        return store;
    }

    public boolean isEmpty() {
        return root == null;
    }

    /** The value under {@code key}, or null when there is none. */
    public byte[] get(byte[] key) {
        byte[] nibbles = Nibbles.of(key);
        Node node = root;
        int pos = 0;
        while (node != null) {
            node = resolve(node);
            if (node instanceof LeafNode leaf) {
                return Nibbles.matchesRest(leaf.path, nibbles, pos) ? leaf.value.clone() : null;
            } else if (node instanceof ExtensionNode ext) {
                if (Nibbles.commonPrefix(ext.path, nibbles, pos) != ext.path.length) return null;
                pos += ext.path.length;
                node = ext.child;
            } else {
                BranchNode branch = (BranchNode) node;
                if (pos == nibbles.length) return branch.value == null ? null : branch.value.clone();
                node = branch.children[nibbles[pos++]];
            }
        }
        return null;
    }

    /** Sets the value under {@code key}; an empty value removes the key, as in Ethereum. */
    public void put(byte[] key, byte[] value) {
        if (value.length == 0) {
            remove(key);
        } else {
            root = insert(root, Nibbles.of(key), 0, value.clone());
        }
    }

    /** Removes {@code key}; nothing happens when it is absent. */
    public void remove(byte[] key) {
        root = delete(root, Nibbles.of(key), 0);
    }

    /** The root hash: keccak of the root node's RLP, {@link Hash#EMPTY_TRIE} for an empty trie. */
    public Hash rootHash() {
        return root == null ? Hash.EMPTY_TRIE : Hash.wrap(root.hash());
    }

    /**
     * Writes every node created since the last commit to the store (embedded nodes travel inside their parents;
     * the root is always written, whatever its size) and returns the root hash.
     */
    public Hash commit() {
        if (root == null) return Hash.EMPTY_TRIE;
        write(root);
        if (root.isEmbedded()) store.put(Hash.wrap(root.hash()), root.encoded());
        return rootHash();
    }

    /**
     * The Merkle proof of {@code key} in the EIP-1186 shape: the RLP of each node on the path from the root
     * (always included) towards the key, leaving out nodes embedded in their parents. It proves the value when
     * the key is present and its absence otherwise. Check it with {@link #verifyProof}.
     */
    public List<Bytes> proof(byte[] key) {
        List<Bytes> proof = new ArrayList<>();
        byte[] nibbles = Nibbles.of(key);
        Node node = root;
        int pos = 0;
        while (node != null) {
            node = resolve(node);
            if (proof.isEmpty() || !node.isEmbedded()) proof.add(Bytes.wrap(node.encoded()));
            if (node instanceof LeafNode) {
                break;
            } else if (node instanceof ExtensionNode ext) {
                if (Nibbles.commonPrefix(ext.path, nibbles, pos) != ext.path.length) break;
                pos += ext.path.length;
                node = ext.child;
            } else {
                BranchNode branch = (BranchNode) node;
                if (pos == nibbles.length) break;
                node = branch.children[nibbles[pos++]];
            }
        }
        return proof;
    }

    /**
     * Checks a proof made by {@link #proof}: returns the value it proves for {@code key} under {@code rootHash},
     * or empty when it proves that the key is absent.
     *
     * @throws InvalidProofException when the proof is malformed or lacks a node the walk needs
     */
    public static Optional<Bytes> verifyProof(Hash rootHash, byte[] key, List<Bytes> proof) {
        InMemoryTrieNodeStore nodes = new InMemoryTrieNodeStore();
        for (Bytes node : proof) nodes.put(Hash.keccak(node.unsafeArray()), node.unsafeArray());
        try {
            byte[] value = open(nodes, rootHash).get(key);
            return value == null ? Optional.empty() : Optional.of(Bytes.wrap(value));
        } catch (MissingTrieNodeException e) {
            throw new InvalidProofException("the proof lacks node " + e.nodeHash());
        } catch (IllegalArgumentException e) {
            throw new InvalidProofException("the proof holds a malformed node: " + e.getMessage());
        }
    }

    private void write(Node node) {
        if (node == null || node.stored) return;
        if (node instanceof ExtensionNode ext) {
            write(ext.child);
        } else if (node instanceof BranchNode branch) {
            for (Node child : branch.children) write(child);
        }
        if (!node.isEmbedded()) store.put(Hash.wrap(node.hash()), node.encoded());
        node.stored = true;
    }

    private Node resolve(Node node) {
        if (!(node instanceof HashNode hashNode)) return node;
        Node loaded = hashNode.resolved;
        if (loaded == null) {
            Hash hash = Hash.wrap(hashNode.hash());
            byte[] rlp = store.get(hash);
            if (rlp == null) throw new MissingTrieNodeException(hash);
            loaded = NodeDecoder.decode(rlp);
            hashNode.resolved = loaded;
        }
        return loaded;
    }

    private Node insert(Node node, byte[] key, int pos, byte[] value) {
        if (node == null) return new LeafNode(Nibbles.slice(key, pos, key.length), value);
        Node n = resolve(node);
        if (n instanceof LeafNode leaf) {
            int common = Nibbles.commonPrefix(leaf.path, key, pos);
            if (common == leaf.path.length && pos + common == key.length) {
                return Arrays.equals(leaf.value, value) ? node : new LeafNode(leaf.path, value);
            }
            Node[] children = new Node[16];
            byte[] branchValue = null;
            if (common == leaf.path.length) {
                branchValue = leaf.value;
            } else {
                children[leaf.path[common]] =
                        new LeafNode(Nibbles.slice(leaf.path, common + 1, leaf.path.length), leaf.value);
            }
            return split(key, pos, common, leaf.path, children, branchValue, value);
        } else if (n instanceof ExtensionNode ext) {
            int common = Nibbles.commonPrefix(ext.path, key, pos);
            if (common == ext.path.length) {
                Node child = insert(ext.child, key, pos + common, value);
                return child == ext.child ? node : new ExtensionNode(ext.path, child);
            }
            Node[] children = new Node[16];
            children[ext.path[common]] = common + 1 == ext.path.length
                    ? ext.child
                    : new ExtensionNode(Nibbles.slice(ext.path, common + 1, ext.path.length), ext.child);
            return split(key, pos, common, ext.path, children, null, value);
        } else {
            BranchNode branch = (BranchNode) n;
            if (pos == key.length) {
                return Arrays.equals(branch.value, value) ? node : new BranchNode(branch.children, value);
            }
            Node child = branch.children[key[pos]];
            Node updated = insert(child, key, pos + 1, value);
            return updated == child ? node : branch.withChild(key[pos], updated);
        }
    }

    /** A new branch where {@code key} leaves {@code path} after {@code common} nibbles, behind an extension if any. */
    private static Node split(byte[] key, int pos, int common, byte[] path, Node[] children, byte[] branchValue,
            byte[] value) {
        int at = pos + common;
        if (at == key.length) {
            branchValue = value;
        } else {
            children[key[at]] = new LeafNode(Nibbles.slice(key, at + 1, key.length), value);
        }
        Node branch = new BranchNode(children, branchValue);
        return common == 0 ? branch : new ExtensionNode(Nibbles.slice(path, 0, common), branch);
    }

    private Node delete(Node node, byte[] key, int pos) {
        if (node == null) return null;
        Node n = resolve(node);
        if (n instanceof LeafNode leaf) {
            return Nibbles.matchesRest(leaf.path, key, pos) ? null : node;
        } else if (n instanceof ExtensionNode ext) {
            if (Nibbles.commonPrefix(ext.path, key, pos) != ext.path.length) return node;
            Node child = delete(ext.child, key, pos + ext.path.length);
            if (child == ext.child) return node;
            return child == null ? null : prefixed(ext.path, child);
        } else {
            BranchNode branch = (BranchNode) n;
            BranchNode updated;
            if (pos == key.length) {
                if (branch.value == null) return node;
                updated = new BranchNode(branch.children, null);
            } else {
                Node child = branch.children[key[pos]];
                if (child == null) return node;
                Node newChild = delete(child, key, pos + 1);
                if (newChild == child) return node;
                updated = branch.withChild(key[pos], newChild);
            }
            return collapse(updated);
        }
    }

    /** A branch left with a single entry is replaced by a leaf or an extension, as the canonical trie requires. */
    private Node collapse(BranchNode branch) {
        int occupancy = branch.occupancy();
        if (occupancy >= 2) return branch;
        if (occupancy == 0) return null;
        if (branch.value != null) return new LeafNode(Nibbles.EMPTY, branch.value);
        for (int i = 0; i < 16; i++) {
            if (branch.children[i] != null) return prefixed(new byte[] {(byte) i}, branch.children[i]);
        }
        throw new AssertionError("unreachable");
    }

    /** {@code child} reached through {@code path}, merged with the child's own path when it has one. */
    private Node prefixed(byte[] path, Node child) {
        Node c = resolve(child);
        if (c instanceof LeafNode leaf) return new LeafNode(Nibbles.concat(path, leaf.path), leaf.value);
        if (c instanceof ExtensionNode ext) return new ExtensionNode(Nibbles.concat(path, ext.path), ext.child);
        return new ExtensionNode(path, child);
    }
}
