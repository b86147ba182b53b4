package org.nos.rollup.txpool;

import java.util.Map;
import java.util.TreeMap;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Wei;

/** Account state the tests set by hand. */
final class TestAccounts implements AccountView {
    private final Map<Address, Long> nonces = new TreeMap<>();
    private final Map<Address, Wei> balances = new TreeMap<>();

    TestAccounts fund(Address account, Wei balance) {
        balances.put(account, balance);
        return this;
    }

    TestAccounts setNonce(Address account, long nonce) {
        nonces.put(account, nonce);
        return this;
    }

    @Override
    public long nonce(Address account) {
        return nonces.getOrDefault(account, 0L);
    }

    @Override
    public Wei balance(Address account) {
        return balances.getOrDefault(account, Wei.ZERO);
    }
}
