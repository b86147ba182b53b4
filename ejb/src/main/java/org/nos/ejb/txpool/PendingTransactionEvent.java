package org.nos.ejb.txpool;

import org.nos.protocol.base.Hash;
import org.nos.protocol.tx.Transaction;

/** Fired (CDI) after an accepted transaction's JTA transaction has committed. */
public record PendingTransactionEvent(Hash hash, Transaction tx) {}
