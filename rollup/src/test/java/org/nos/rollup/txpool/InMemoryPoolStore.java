package org.nos.rollup.txpool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nos.protocol.base.Hash;
import org.nos.protocol.tx.Transaction;

/** A {@link PoolStore} in memory, for tests: keeps bytes in insertion order and logs every call. */
final class InMemoryPoolStore implements PoolStore {
    private final Map<Hash, byte[]> rows = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    boolean failNextSave;

    @Override
    public void saved(Transaction tx) {
        if (failNextSave) {
            failNextSave = false;
            throw new IllegalStateException("database down");
        }
        calls.add("saved " + tx.hash());
        rows.put(tx.hash(), tx.encoded());
    }

    @Override
    public void removed(Hash hash) {
        calls.add("removed " + hash);
        rows.remove(hash);
    }

    @Override
    public List<byte[]> loadAll() {
        return new ArrayList<>(rows.values());
    }

    /** Writes bytes as a broken or older node might have left them. */
    void putRaw(byte[] raw) {
        rows.put(Hash.keccak(raw), raw.clone());
    }

    boolean holds(Hash hash) {
        return rows.containsKey(hash);
    }

    int size() {
        return rows.size();
    }
}
