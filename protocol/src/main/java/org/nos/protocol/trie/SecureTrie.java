package org.nos.protocol.trie;

import java.util.List;
import java.util.Optional;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.crypto.Keccak256;

/**
 * A trie keyed by {@code keccak256(key)}, as Ethereum keys the state trie (by address) and each storage trie
 * (by the 32-byte slot). Hashing keeps the trie balanced whatever keys an attacker picks. Proofs are proofs of
 * the hashed key in the underlying {@link MerklePatriciaTrie}, as {@code eth_getProof} returns them.
 */
public final class SecureTrie {
    private final MerklePatriciaTrie trie;

    private SecureTrie(MerklePatriciaTrie trie) {
        this.trie = trie;
    }

    public static SecureTrie empty(TrieNodeStore store) {
        return new SecureTrie(MerklePatriciaTrie.empty(store));
    }

    public static SecureTrie inMemory() {
        return new SecureTrie(MerklePatriciaTrie.inMemory());
    }

    public static SecureTrie open(TrieNodeStore store, Hash rootHash) {
        return new SecureTrie(MerklePatriciaTrie.open(store, rootHash));
    }

    /** A snapshot sharing all nodes with this trie. */
    public SecureTrie copy() {
        return new SecureTrie(trie.copy());
    }

    public byte[] get(byte[] key) {
        return trie.get(Keccak256.hash(key));
    }

    /** Sets the value under {@code key}; an empty value removes the key. */
    public void put(byte[] key, byte[] value) {
        trie.put(Keccak256.hash(key), value);
    }

    public void remove(byte[] key) {
        trie.remove(Keccak256.hash(key));
    }

    public boolean isEmpty() {
        return trie.isEmpty();
    }

    public Hash rootHash() {
        return trie.rootHash();
    }

    public Hash commit() {
        return trie.commit();
    }

    /** The proof of {@code keccak256(key)} in the underlying trie. */
    public List<Bytes> proof(byte[] key) {
        return trie.proof(Keccak256.hash(key));
    }

    /** Checks a proof made by {@link #proof}; see {@link MerklePatriciaTrie#verifyProof}. */
    public static Optional<Bytes> verifyProof(Hash rootHash, byte[] key, List<Bytes> proof) {
        return MerklePatriciaTrie.verifyProof(rootHash, Keccak256.hash(key), proof);
    }
}
