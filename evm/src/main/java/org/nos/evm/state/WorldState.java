package org.nos.evm.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nos.evm.Word;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.Log;
import org.nos.protocol.crypto.Keccak256;
import org.nos.protocol.state.AccountState;

/**
 * The world state as execution sees it: committed state from a {@link StateStore}, plus uncommitted changes kept
 * in memory and journaled so any call frame can be reverted to a {@link #snapshot()}. Transaction-scoped state
 * (warm sets, transient storage, refund, logs, created and self-destructed accounts, touched accounts) is cleared
 * by {@link #endTransaction()}, which also applies EIP-6780 self-destructs and EIP-161 deletion of touched empty
 * accounts. {@link #commit()} hands every change since the last commit to the store as one {@link StateChanges}.
 * Not thread-safe.
 */
public final class WorldState {
    /** RIPEMD-160's precompile: a touch of it survives a revert (the 2016 consensus quirk every client keeps). */
    private static final Address RIPEMD = Address.fromHex("0x0000000000000000000000000000000000000003");

    private final StateStore store;
    private final HashMap<Address, Account> accounts = new HashMap<>();
    private final ArrayList<JournalEntry> journal = new ArrayList<>();
    private final ArrayList<Account> txAccounts = new ArrayList<>();
    private final ArrayList<Account> blockAccounts = new ArrayList<>();
    final ArrayList<Log> logs = new ArrayList<>();
    long refund;
    /** The last account {@link #load} returned, by identity of its address (accounts stay cached until commit). */
    private Address lastAddress;
    private Account lastAccount;

    private WorldState(StateStore store) {
        this.store = store;
    }

    public static WorldState over(StateStore store) {
        return new WorldState(store);
    }

    /**
     * Loads and initializes every kind of undo-journal entry. Some are first created only on rarer paths (a
     * deployment's code, a self-destruct), and compiled code that meets a class not yet loaded is thrown away: the
     * first deployment after a JIT warm-up sent the whole interpreter back to slower code. Call before warming up.
     *
     * @return how many kinds of entry there are
     */
    public static int initializeJournalClasses() {
        Class<?>[] kinds = JournalEntry.class.getDeclaredClasses();
        for (Class<?> kind : kinds) {
            try {
                Class.forName(kind.getName(), true, kind.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("cannot load " + kind.getName(), e);
            }
        }
        return kinds.length;
    }

    public StateStore store() {
        return store;
    }

    // ---------------------------------------------------------------- accounts

    private Account load(Address address) {
        if (address == lastAddress) return lastAccount; // a frame asks about its own account over and over
        Account a = accounts.get(address);
        if (a == null) a = loadFromStore(address);
        lastAddress = address;
        lastAccount = a;
        return a;
    }

    private Account loadFromStore(Address address) {
        Account a = new Account(address);
        AccountState committed = store.account(address);
        if (committed != null) {
            a.exists = true;
            a.nonce = committed.nonce();
            a.balance = Word.fromBigInteger(committed.balance().toBigInteger());
            a.codeHash = committed.codeHash();
            a.committedStorageRoot = committed.storageRoot();
        }
        accounts.put(address, a);
        return a;
    }

    private Account forTx(Account a) {
        if (!a.inTxList) {
            a.inTxList = true;
            txAccounts.add(a);
        }
        return a;
    }

    /** Registers a write: the account joins the commit and is dirtied (EIP-161 deletes it if it ends up empty). */
    private Account forBlock(Account a) {
        if (!a.inBlockList) {
            a.inBlockList = true;
            blockAccounts.add(a);
        }
        forTx(a);
        if (!a.touched) {
            a.touched = true;
            if (!a.address.equals(RIPEMD)) journal.add(new JournalEntry.Touch(a));
        }
        return a;
    }

    /** Marks the account as existing, as any write to a missing account does. */
    private Account writable(Address address) {
        Account a = forBlock(load(address));
        if (!a.exists) {
            journal.add(new JournalEntry.Created(a, false, a.createdInTx));
            a.exists = true;
        }
        return a;
    }

    public boolean exists(Address address) {
        return load(address).exists;
    }

    /** True for a missing account or an EIP-161 empty one (geth's {@code Empty}). */
    public boolean isEmpty(Address address) {
        Account a = load(address);
        return !a.exists || a.isEmpty();
    }

    public long getNonce(Address address) {
        return load(address).nonce;
    }

    public void setNonce(Address address, long nonce) {
        Account a = writable(address);
        journal.add(new JournalEntry.Nonce(a, a.nonce));
        a.nonce = nonce;
    }

    public void incrementNonce(Address address) {
        setNonce(address, getNonce(address) + 1);
    }

    public Word getBalance(Address address) {
        return load(address).balance;
    }

    public Wei balance(Address address) {
        return Wei.of(getBalance(address).toBigInteger());
    }

    public void setBalance(Address address, Word balance) {
        Account a = writable(address);
        journal.add(new JournalEntry.Balance(a, a.balance));
        a.balance = balance;
    }

    /** Adds to a balance; adding zero still creates a missing account (which EIP-161 then deletes if touched). */
    public void addBalance(Address address, Word amount) {
        Account a = writable(address);
        journal.add(new JournalEntry.Balance(a, a.balance));
        a.balance = a.balance.add(amount);
    }

    /** Subtracts from a balance; the caller has checked it suffices. Subtracting zero changes nothing. */
    public void subBalance(Address address, Word amount) {
        if (amount.isZero()) return;
        Account a = writable(address);
        journal.add(new JournalEntry.Balance(a, a.balance));
        a.balance = a.balance.sub(amount);
    }

    public Hash getCodeHash(Address address) {
        return load(address).codeHash;
    }

    /** The code (never modify the array); empty for a missing account. */
    public byte[] getCode(Address address) {
        Account a = load(address);
        if (a.code == null) {
            a.code = a.codeHash.equals(Hash.EMPTY_CODE) ? new byte[0] : store.code(a.codeHash).toArray();
        }
        return a.code;
    }

    public int getCodeSize(Address address) {
        return getCode(address).length;
    }

    public void setCode(Address address, byte[] code) {
        Account a = writable(address);
        journal.add(new JournalEntry.Code(a, a.code, a.codeHash, a.codeChanged));
        a.code = code;
        a.codeHash = code.length == 0 ? Hash.EMPTY_CODE : Hash.wrap(Keccak256.hash(code));
        a.codeChanged = true;
    }

    /**
     * Creates the account for CREATE/CREATE2 or a contract-creation transaction: it exists from now on, keeps any
     * balance it already had, and counts as created in this transaction (EIP-6780).
     */
    public void createAccount(Address address) {
        Account a = forBlock(load(address));
        journal.add(new JournalEntry.Created(a, a.exists, a.createdInTx));
        a.exists = true;
        a.createdInTx = true;
    }

    public boolean wasCreatedInTransaction(Address address) {
        return load(address).createdInTx;
    }

    /** EIP-7610: an address with a nonce, code or storage cannot be created. */
    public boolean hasCollision(Address address) {
        Account a = load(address);
        return a.nonce != 0 || !a.codeHash.equals(Hash.EMPTY_CODE) || hasStorage(a);
    }

    private boolean hasStorage(Account a) {
        if (!a.storageCleared && !a.committedStorageRoot.equals(Hash.EMPTY_TRIE)) return true;
        for (Word v : a.pending.values()) if (!v.isZero()) return true;
        for (Word v : a.current.values()) if (!v.isZero()) return true;
        return false;
    }

    /** Registers a self-destruct; the account is deleted by {@link #endTransaction()}. */
    public void markSelfDestructed(Address address) {
        Account a = forTx(load(address));
        journal.add(new JournalEntry.SelfDestruct(a, a.selfDestructed));
        a.selfDestructed = true;
    }

    public boolean isSelfDestructed(Address address) {
        return load(address).selfDestructed;
    }

    /** An EIP-161 touch: if the account is empty at the end of the transaction it is deleted. */
    public void touch(Address address) {
        forBlock(load(address));
    }

    // ---------------------------------------------------------------- storage

    public Word getStorage(Address address, Word slot) {
        Account a = load(address);
        Word v = a.current.get(slot);
        return v != null ? v : getOriginal(a, slot);
    }

    /** The value at the start of the transaction (EIP-2200's "original value"). */
    public Word getOriginalStorage(Address address, Word slot) {
        return getOriginal(load(address), slot);
    }

    private Word getOriginal(Account a, Word slot) {
        Word v = a.pending.get(slot);
        if (v != null) return v;
        if (a.storageCleared || !a.exists && a.committedStorageRoot.equals(Hash.EMPTY_TRIE)) return Word.ZERO;
        v = a.committed.get(slot);
        if (v == null) {
            v = a.committedStorageRoot.equals(Hash.EMPTY_TRIE) ? Word.ZERO : store.storage(a.address, slot);
            a.committed.put(slot, v);
        }
        return v;
    }

    public void setStorage(Address address, Word slot, Word value) {
        Account a = forBlock(load(address));
        journal.add(new JournalEntry.Storage(a, slot, a.current.get(slot)));
        a.current.put(slot, value);
    }

    public Word getTransient(Address address, Word slot) {
        Account a = load(address);
        if (a.transientStorage == null) return Word.ZERO;
        Word v = a.transientStorage.get(slot);
        return v == null ? Word.ZERO : v;
    }

    public void setTransient(Address address, Word slot, Word value) {
        Account a = forTx(load(address));
        if (a.transientStorage == null) a.transientStorage = new HashMap<>();
        journal.add(new JournalEntry.Transient(a, slot, a.transientStorage.get(slot)));
        a.transientStorage.put(slot, value);
    }

    // ---------------------------------------------------------------- EIP-2929 access lists

    /** Warms an address; returns true when it was cold. */
    public boolean warmAccount(Address address) {
        Account a = load(address);
        if (a.warm) return false;
        forTx(a);
        a.warm = true;
        journal.add(new JournalEntry.WarmAccount(a));
        return true;
    }

    public boolean isWarm(Address address) {
        return load(address).warm;
    }

    /** Warms a storage slot; returns true when it was cold. */
    public boolean warmSlot(Address address, Word slot) {
        Account a = load(address);
        if (a.warmSlots == null) a.warmSlots = new HashSet<>();
        if (!a.warmSlots.add(slot)) return false;
        forTx(a);
        journal.add(new JournalEntry.WarmSlot(a, slot));
        return true;
    }

    public boolean isWarmSlot(Address address, Word slot) {
        Account a = load(address);
        return a.warmSlots != null && a.warmSlots.contains(slot);
    }

    // ---------------------------------------------------------------- logs and refund

    public void addLog(Log log) {
        logs.add(log);
        journal.add(new JournalEntry.LogAdded());
    }

    /** The logs of the current transaction so far. */
    public List<Log> logs() {
        return Collections.unmodifiableList(logs);
    }

    public long refund() {
        return refund;
    }

    public void addRefund(long gas) {
        journal.add(new JournalEntry.Refund(refund));
        refund += gas;
    }

    public void subRefund(long gas) {
        journal.add(new JournalEntry.Refund(refund));
        refund -= gas;
    }

    // ---------------------------------------------------------------- journal

    public int snapshot() {
        return journal.size();
    }

    public void revertTo(int snapshot) {
        for (int i = journal.size() - 1; i >= snapshot; i--) {
            journal.remove(i).undo(this);
        }
    }

    /**
     * Ends a transaction: deletes self-destructed accounts and touched empty accounts, makes this transaction's
     * storage writes the next one's original values, and clears all transaction-scoped state.
     */
    public void endTransaction() {
        for (Account a : txAccounts) {
            if (a.exists && (a.selfDestructed || a.touched && a.isEmpty())) {
                delete(a);
            }
            a.pending.putAll(a.current);
            a.current.clear();
            a.warm = false;
            a.warmSlots = null;
            a.transientStorage = null;
            a.createdInTx = false;
            a.selfDestructed = false;
            a.touched = false;
            a.inTxList = false;
        }
        txAccounts.clear();
        journal.clear();
        logs.clear();
        refund = 0;
    }

    private void delete(Account a) {
        forBlock(a);
        a.exists = false;
        a.nonce = 0;
        a.balance = Word.ZERO;
        a.code = new byte[0];
        a.codeHash = Hash.EMPTY_CODE;
        a.codeChanged = false;
        a.storageCleared = true;
        a.committed.clear();
        a.pending.clear();
        a.current.clear();
    }

    /**
     * Writes every change since the last commit to the store (call {@link #endTransaction()} first) and returns
     * them. Cached reads are dropped, so the store is the truth again afterwards.
     */
    public StateChanges commit() {
        if (!txAccounts.isEmpty()) endTransaction();
        TreeMap<Address, StateChanges.AccountChange> changes = new TreeMap<>();
        for (Account a : blockAccounts) {
            Map<Word, Word> storage = new TreeMap<>(a.pending);
            Bytes code = a.codeChanged ? Bytes.wrap(a.code) : null;
            changes.put(a.address, new StateChanges.AccountChange(a.address, !a.exists, a.nonce,
                    Wei.of(a.balance.toBigInteger()), a.codeHash, code, a.storageCleared, storage));
        }
        StateChanges result = new StateChanges(Collections.unmodifiableSortedMap(changes));
        store.apply(result);
        blockAccounts.clear();
        accounts.clear();
        lastAddress = null;
        lastAccount = null;
        return result;
    }
}
