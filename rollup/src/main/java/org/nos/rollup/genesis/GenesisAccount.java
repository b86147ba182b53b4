package org.nos.rollup.genesis;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/** An account in the genesis allocation: balance, nonce, code and storage slots (slot to value, 32 bytes each). */
public record GenesisAccount(Wei balance, long nonce, Bytes code, SortedMap<Hash, Hash> storage) {

    public GenesisAccount {
        if (balance == null || code == null || storage == null) throw new NullPointerException();
        if (nonce < 0) throw new IllegalArgumentException("nonce is negative: " + nonce);
        storage = new TreeMap<>(storage);
    }

    /** An account holding only {@code balance}. */
    public static GenesisAccount funded(Wei balance) {
        return new GenesisAccount(balance, 0, Bytes.EMPTY, new TreeMap<>());
    }

    /** A contract with code and storage, as predeploys are. */
    public static GenesisAccount contract(Bytes code, Map<Hash, Hash> storage) {
        return new GenesisAccount(Wei.ZERO, 1, code, new TreeMap<>(storage));
    }

    @Override
    public SortedMap<Hash, Hash> storage() {
        return new TreeMap<>(storage);
    }
}
