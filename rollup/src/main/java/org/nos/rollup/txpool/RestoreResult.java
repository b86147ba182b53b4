package org.nos.rollup.txpool;

import java.util.List;
import org.nos.protocol.base.Hash;

/** What {@link TransactionPool#restore} did with the stored transactions: re-admitted, or discarded and why. */
public record RestoreResult(int restored, List<Discarded> discarded) {

    public RestoreResult {
        discarded = List.copyOf(discarded);
    }

    /** A stored transaction that no longer passes admission (stale nonce, balance gone, ...). */
    public record Discarded(Hash hash, String reason) {}
}
