package org.nos.evm.state;

import java.util.HashMap;
import java.util.HashSet;
import org.nos.evm.Word;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;

/** One account's cached and uncommitted state inside a {@link WorldState}; mutated only through its journal. */
final class Account {
    final Address address;
    boolean exists;
    long nonce;
    Word balance = Word.ZERO;
    Hash codeHash = Hash.EMPTY_CODE;
    byte[] code;
    /** The committed storage root, to tell whether the store holds storage for this account. */
    Hash committedStorageRoot = Hash.EMPTY_TRIE;
    /** When set, the store's storage for this account no longer counts (destroyed or deleted since the last commit). */
    boolean storageCleared;
    boolean codeChanged;

    /** Values read from the store. */
    final HashMap<Word, Word> committed = new HashMap<>();
    /** Values written by earlier transactions since the last commit: the "original" values of this transaction. */
    final HashMap<Word, Word> pending = new HashMap<>();
    /** Values written by the current transaction. */
    final HashMap<Word, Word> current = new HashMap<>();

    // transaction-scoped
    boolean warm;
    HashSet<Word> warmSlots;
    HashMap<Word, Word> transientStorage;
    boolean createdInTx;
    boolean selfDestructed;
    boolean touched;

    boolean inTxList;
    boolean inBlockList;

    Account(Address address) {
        this.address = address;
    }

    /** EIP-161 empty: no nonce, no balance, no code (a missing account is empty too). */
    boolean isEmpty() {
        return nonce == 0 && balance.isZero() && codeHash.equals(Hash.EMPTY_CODE);
    }
}
