package org.nos.jpa.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Merkle Patricia trie node by its keccak hash (account and storage tries of every block); written once. */
@Entity
@Table(name = "nos_trie_node")
public class TrieNodeEntity {
    @Id
    @Column(name = "hash", length = 32)
    private byte[] hash;

    @Column(name = "rlp", nullable = false, length = 1024)
    private byte[] rlp;

    protected TrieNodeEntity() {
    }
}
