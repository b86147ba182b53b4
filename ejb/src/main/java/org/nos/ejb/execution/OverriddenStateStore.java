package org.nos.ejb.execution;

import java.util.HashMap;
import java.util.Map;
import org.nos.evm.Word;
import org.nos.evm.state.StateChanges;
import org.nos.evm.state.StateStore;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.state.AccountState;

/**
 * A read-only {@link StateStore} that answers from a base store except where {@link StateOverrides} say otherwise.
 * Overridden accounts exist even when the base has none. Writes are refused: calls never commit.
 */
final class OverriddenStateStore implements StateStore {
    /** A stand-in storage root for an account whose storage exists only in the overrides. */
    private static final Hash OVERRIDDEN_STORAGE = Hash.keccak("nos: overridden storage".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private final StateStore base;
    private final Map<Address, AccountOverride> overrides;
    private final Map<Hash, Bytes> codes = new HashMap<>();

    private OverriddenStateStore(StateStore base, StateOverrides overrides) {
        this.base = base;
        this.overrides = overrides.accounts();
        for (AccountOverride o : this.overrides.values()) {
            if (o.code() != null) codes.put(Hash.keccak(o.code().toArray()), o.code());
        }
    }

    /** {@code base} itself when there is nothing to override. */
    static StateStore over(StateStore base, StateOverrides overrides) {
        return overrides == null || overrides.isEmpty() ? base : new OverriddenStateStore(base, overrides);
    }

    @Override
    public AccountState account(Address address) {
        AccountState account = base.account(address);
        AccountOverride o = overrides.get(address);
        if (o == null) return account;
        AccountState a = account == null ? AccountState.EMPTY : account;
        if (o.balance() != null) a = a.withBalance(o.balance());
        if (o.nonce() != null) a = a.withNonce(o.nonce());
        if (o.code() != null) a = a.withCodeHash(Hash.keccak(o.code().toArray()));
        boolean slots = o.state() != null && !o.state().isEmpty() || o.stateDiff() != null && !o.stateDiff().isEmpty();
        if (slots && a.storageRoot().equals(Hash.EMPTY_TRIE)) {
            a = a.withStorageRoot(OVERRIDDEN_STORAGE); // not empty: the world state then reads the slots from here
        }
        if (o.state() != null && o.state().isEmpty()) a = a.withStorageRoot(Hash.EMPTY_TRIE);
        return a;
    }

    @Override
    public Word storage(Address address, Word slot) {
        AccountOverride o = overrides.get(address);
        if (o != null) {
            if (o.state() != null) return o.state().getOrDefault(slot, Word.ZERO);
            if (o.stateDiff() != null) {
                Word v = o.stateDiff().get(slot);
                if (v != null) return v;
            }
        }
        return base.storage(address, slot);
    }

    @Override
    public Bytes code(Hash codeHash) {
        Bytes code = codes.get(codeHash);
        return code != null ? code : base.code(codeHash);
    }

    @Override
    public void apply(StateChanges changes) {
        throw new UnsupportedOperationException("a call's state is never committed");
    }

}
