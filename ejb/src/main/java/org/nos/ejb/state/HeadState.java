package org.nos.ejb.state;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nos.evm.Word;
import org.nos.evm.state.StateChanges;
import org.nos.evm.state.StateStore;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.state.AccountState;

/**
 * The state after the head block, in memory: loaded from the flat tables at start, changed only after a block's
 * transaction has committed ({@link #apply}). Read-only as a {@link StateStore}.
 */
@ApplicationScoped
public class HeadState implements StateStore {
    private final ConcurrentHashMap<Address, AccountState> accounts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Address, ConcurrentHashMap<Word, Word>> storage = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Hash, Bytes> code = new ConcurrentHashMap<>();
    private volatile long blockNumber = -1;
    private volatile Hash stateRoot;

    /** Replaces everything (at start). */
    public synchronized void reset(long number, Hash root, Map<Address, AccountState> loadedAccounts) {
        accounts.clear();
        storage.clear();
        code.clear();
        accounts.putAll(loadedAccounts);
        blockNumber = number;
        stateRoot = root;
    }

    /** Adds a stored slot (at start). */
    public void putSlot(Address address, Word slot, Word value) {
        storage.computeIfAbsent(address, a -> new ConcurrentHashMap<>()).put(slot, value);
    }

    /** Adds stored code (at start). */
    public void putCode(Hash hash, Bytes bytes) {
        code.put(hash, bytes);
    }

    /** The block whose post-state this is; -1 before loading. */
    public long blockNumber() {
        return blockNumber;
    }

    public Hash stateRoot() {
        return stateRoot;
    }

    @Override
    public AccountState account(Address address) {
        return accounts.get(address);
    }

    @Override
    public Word storage(Address address, Word slot) {
        Map<Word, Word> slots = storage.get(address);
        Word v = slots == null ? null : slots.get(slot);
        return v == null ? Word.ZERO : v;
    }

    @Override
    public Bytes code(Hash codeHash) {
        if (codeHash.equals(Hash.EMPTY_CODE)) return Bytes.EMPTY;
        Bytes c = code.get(codeHash);
        if (c == null) throw new IllegalStateException("unknown code hash " + codeHash);
        return c;
    }

    /** Code by hash, or null when this node has never stored it. */
    public Bytes codeOrNull(Hash codeHash) {
        return codeHash.equals(Hash.EMPTY_CODE) ? Bytes.EMPTY : code.get(codeHash);
    }

    /** The head state is changed by the sealer only, through {@link #apply(long, Hash, StateChanges, Map)}. */
    @Override
    public void apply(StateChanges changes) {
        throw new UnsupportedOperationException("the head state is read-only");
    }

    /** Applies a committed block's changes and makes it the head state. */
    public synchronized void apply(long number, Hash root, StateChanges changes, Map<Address, Hash> storageRoots) {
        for (StateChanges.AccountChange c : changes.accounts().values()) {
            Address address = c.address();
            if (c.deleted()) {
                accounts.remove(address);
                storage.remove(address);
                continue;
            }
            if (c.code() != null && !c.code().isEmpty()) code.put(c.codeHash(), c.code());
            if (c.storageCleared()) storage.remove(address);
            if (!c.storage().isEmpty()) {
                ConcurrentHashMap<Word, Word> slots = storage.computeIfAbsent(address, a -> new ConcurrentHashMap<>());
                c.storage().forEach((k, v) -> {
                    if (v.isZero()) slots.remove(k);
                    else slots.put(k, v);
                });
            }
            accounts.put(address, new AccountState(c.nonce(), c.balance(),
                    storageRoots.getOrDefault(address, Hash.EMPTY_TRIE), c.codeHash()));
        }
        blockNumber = number;
        stateRoot = root;
    }
}
