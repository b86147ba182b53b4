package org.nos.ejb.state;

import org.nos.protocol.base.Address;
import org.nos.protocol.base.Wei;
import org.nos.protocol.state.AccountState;
import org.nos.rollup.txpool.AccountView;

/** The pool's view of accounts: the head state. */
public record HeadAccounts(HeadState head) implements AccountView {
    @Override
    public long nonce(Address account) {
        AccountState a = head.account(account);
        return a == null ? 0 : a.nonce();
    }

    @Override
    public Wei balance(Address account) {
        AccountState a = head.account(account);
        return a == null ? Wei.ZERO : a.balance();
    }
}
