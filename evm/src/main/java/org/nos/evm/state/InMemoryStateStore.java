package org.nos.evm.state;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nos.evm.Word;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.Keccak256;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.state.AccountState;
import org.nos.protocol.trie.SecureTrie;

/** A {@link StateStore} in memory (genesis allocs, tests, the dev chain) that computes state roots with the trie. */
public final class InMemoryStateStore implements StateStore {
    /** One account of a genesis alloc or a test's pre-state. */
    public record AllocAccount(long nonce, Wei balance, Bytes code, Map<Word, Word> storage) {}

    private final TreeMap<Address, AccountState> accounts = new TreeMap<>();
    private final HashMap<Address, TreeMap<Word, Word>> storage = new HashMap<>();
    private final HashMap<Hash, Bytes> codes = new HashMap<>();
    private final HashMap<Address, Hash> storageRoots = new HashMap<>();

    public static InMemoryStateStore empty() {
        return new InMemoryStateStore();
    }

    public static InMemoryStateStore fromAlloc(Map<Address, AllocAccount> alloc) {
        InMemoryStateStore store = new InMemoryStateStore();
        alloc.forEach(store::put);
        return store;
    }

    /** Sets an account outright (set-up only). */
    public void put(Address address, AllocAccount account) {
        Hash codeHash = Hash.EMPTY_CODE;
        if (account.code() != null && !account.code().isEmpty()) {
            codeHash = Hash.wrap(Keccak256.hash(account.code().unsafeArray()));
            codes.put(codeHash, account.code());
        }
        TreeMap<Word, Word> slots = new TreeMap<>();
        if (account.storage() != null) account.storage().forEach((k, v) -> {
            if (!v.isZero()) slots.put(k, v);
        });
        storage.put(address, slots);
        storageRoots.remove(address);
        accounts.put(address, new AccountState(account.nonce(), account.balance(), Hash.EMPTY_TRIE, codeHash));
    }

    @Override
    public AccountState account(Address address) {
        AccountState a = accounts.get(address);
        return a == null ? null : a.withStorageRoot(storageRoot(address));
    }

    @Override
    public Word storage(Address address, Word slot) {
        TreeMap<Word, Word> slots = storage.get(address);
        Word v = slots == null ? null : slots.get(slot);
        return v == null ? Word.ZERO : v;
    }

    @Override
    public Bytes code(Hash codeHash) {
        if (codeHash.equals(Hash.EMPTY_CODE)) return Bytes.EMPTY;
        Bytes code = codes.get(codeHash);
        if (code == null) throw new IllegalStateException("unknown code hash " + codeHash);
        return code;
    }

    @Override
    public void apply(StateChanges changes) {
        for (StateChanges.AccountChange c : changes.accounts().values()) {
            Address address = c.address();
            storageRoots.remove(address);
            if (c.deleted()) {
                accounts.remove(address);
                storage.remove(address);
                continue;
            }
            if (c.code() != null) codes.put(c.codeHash(), c.code());
            TreeMap<Word, Word> slots = storage.computeIfAbsent(address, a -> new TreeMap<>());
            if (c.storageCleared()) slots.clear();
            c.storage().forEach((k, v) -> {
                if (v.isZero()) slots.remove(k);
                else slots.put(k, v);
            });
            accounts.put(address, new AccountState(c.nonce(), c.balance(), Hash.EMPTY_TRIE, c.codeHash()));
        }
    }

    public Hash storageRoot(Address address) {
        Hash cached = storageRoots.get(address);
        if (cached != null) return cached;
        TreeMap<Word, Word> slots = storage.get(address);
        Hash root = Hash.EMPTY_TRIE;
        if (slots != null && !slots.isEmpty()) {
            SecureTrie trie = SecureTrie.inMemory();
            slots.forEach((k, v) -> trie.put(k.toBytes(), Rlp.encodeBytes(v.toMinimalBytes())));
            root = trie.rootHash();
        }
        storageRoots.put(address, root);
        return root;
    }

    /** The state root: the secure trie of every account with its storage root. */
    public Hash stateRoot() {
        SecureTrie trie = SecureTrie.inMemory();
        for (Address a : accounts.keySet()) trie.put(a.toArray(), account(a).encode());
        return trie.rootHash();
    }

    /** Every account, by address. */
    public SortedMap<Address, AccountState> accounts() {
        TreeMap<Address, AccountState> out = new TreeMap<>();
        for (Address a : accounts.keySet()) out.put(a, account(a));
        return Collections.unmodifiableSortedMap(out);
    }

    /** An account's storage (non-zero slots), by slot. */
    public SortedMap<Word, Word> storageOf(Address address) {
        TreeMap<Word, Word> slots = storage.get(address);
        return slots == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(slots);
    }
}
