package org.nos.ejb.state;

import java.util.HashMap;
import java.util.Map;
import org.nos.evm.Word;
import org.nos.evm.state.StateChanges;
import org.nos.evm.state.StateStore;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.state.AccountState;
import org.nos.protocol.trie.SecureTrie;
import org.nos.protocol.trie.TrieNodeStore;

/**
 * Applies a block's {@link StateChanges} to the account trie at the parent's state root and to the storage tries
 * of the changed accounts, writing the new nodes to a {@link TrieNodeStore}. Plain Java.
 */
public final class StateRoots {

    /** The new state root and the new storage root of every changed account that still exists. */
    public record Result(Hash stateRoot, Map<Address, Hash> storageRoots) {}

    private StateRoots() {
    }

    /**
     * @param parentRoot the parent's state root, whose nodes {@code nodes} can read
     * @param parentState the parent's accounts, for the storage roots of unchanged storage
     */
    public static Result apply(Hash parentRoot, StateStore parentState, StateChanges changes, TrieNodeStore nodes) {
        Map<Address, Hash> storageRoots = new HashMap<>();
        if (changes.accounts().isEmpty()) return new Result(parentRoot, storageRoots);
        SecureTrie accounts = SecureTrie.open(nodes, parentRoot);
        for (StateChanges.AccountChange c : changes.accounts().values()) {
            Address address = c.address();
            if (c.deleted()) {
                accounts.remove(address.toArray());
                continue;
            }
            AccountState before = c.storageCleared() ? null : parentState.account(address);
            Hash storageRoot = before == null ? Hash.EMPTY_TRIE : before.storageRoot();
            if (!c.storage().isEmpty()) {
                SecureTrie storage = SecureTrie.open(nodes, storageRoot);
                for (Map.Entry<Word, Word> slot : c.storage().entrySet()) {
                    byte[] key = slot.getKey().toBytes();
                    if (slot.getValue().isZero()) storage.remove(key);
                    else storage.put(key, Rlp.encodeBytes(slot.getValue().toMinimalBytes()));
                }
                storageRoot = storage.commit();
            }
            storageRoots.put(address, storageRoot);
            accounts.put(address.toArray(), new AccountState(c.nonce(), c.balance(), storageRoot, c.codeHash()).encode());
        }
        return new Result(accounts.commit(), storageRoots);
    }
}
