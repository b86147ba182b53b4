package org.nos.evm.state;

import java.util.Map;
import java.util.SortedMap;
import org.nos.evm.Word;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/** The writes of one commit, by address in ascending order. */
public record StateChanges(SortedMap<Address, AccountChange> accounts) {

    /**
     * The new state of one account. When {@code deleted} the account (and its storage) is gone. When
     * {@code storageCleared} all its previously committed storage is dropped before {@code storage} applies.
     * {@code storage} maps slots to new values, zero meaning "delete". {@code code} is non-null only when new code
     * was deployed (keyed by {@code codeHash}).
     */
    public record AccountChange(Address address, boolean deleted, long nonce, Wei balance, Hash codeHash, Bytes code,
            boolean storageCleared, Map<Word, Word> storage) {}
}
