package org.nos.rollup.txpool;

import org.nos.protocol.base.Address;
import org.nos.protocol.base.Wei;

/** The account state the pool validates against: usually the state at the head of the chain. */
public interface AccountView {

    /** The next nonce the account may use (0 for an unknown account). */
    long nonce(Address account);

    /** The account's balance (zero for an unknown account). */
    Wei balance(Address account);
}
