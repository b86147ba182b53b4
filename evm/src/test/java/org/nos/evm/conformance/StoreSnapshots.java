package org.nos.evm.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.InMemoryStateStore.AllocAccount;
import org.nos.protocol.base.Address;
import org.nos.protocol.state.AccountState;

/** Copies of in-memory state stores (one per imported block), and what differs between two of them. */
final class StoreSnapshots {
    private StoreSnapshots() {}

    static InMemoryStateStore copy(InMemoryStateStore source) {
        Map<Address, AllocAccount> alloc = new TreeMap<>();
        source.accounts().forEach((address, account) -> alloc.put(address, new AllocAccount(account.nonce(),
                account.balance(), source.code(account.codeHash()), new TreeMap<>(source.storageOf(address)))));
        return InMemoryStateStore.fromAlloc(alloc);
    }

    /** The first few differences, for a failure reason; empty when the accounts and storage agree. */
    static String diff(InMemoryStateStore expected, InMemoryStateStore actual) {
        TreeSet<Address> all = new TreeSet<>(expected.accounts().keySet());
        all.addAll(actual.accounts().keySet());
        List<String> out = new ArrayList<>();
        for (Address a : all) {
            AccountState e = expected.accounts().get(a);
            AccountState g = actual.accounts().get(a);
            if (e == null) out.add(a + " should not exist");
            else if (g == null) out.add(a + " is missing");
            else if (e.nonce() != g.nonce()) out.add(a + " nonce " + g.nonce() + " expected " + e.nonce());
            else if (!e.balance().equals(g.balance())) out.add(a + " balance " + g.balance() + " expected " + e.balance());
            else if (!e.codeHash().equals(g.codeHash())) out.add(a + " code differs");
            else if (!Objects.equals(expected.storageOf(a), actual.storageOf(a))) {
                out.add(a + " storage " + actual.storageOf(a) + " expected " + expected.storageOf(a));
            }
            if (out.size() == 3) break;
        }
        return String.join("; ", out);
    }
}
