package org.nos.rollup.txpool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.nos.protocol.base.Address;

/**
 * One sender's transactions by nonce. Those contiguous from the account nonce are pending (executable); the rest,
 * behind a gap, are queued until the gap fills.
 */
final class SenderLane {
    private final Address sender;
    private final TreeMap<Long, PooledTransaction> byNonce = new TreeMap<>();
    private long accountNonce;
    /** The first nonce at or above {@code accountNonce} without a transaction here. */
    private long pendingNonce;

    SenderLane(Address sender, long accountNonce) {
        this.sender = sender;
        this.accountNonce = accountNonce;
        this.pendingNonce = accountNonce;
    }

    Address sender() {
        return sender;
    }

    long accountNonce() {
        return accountNonce;
    }

    long pendingNonce() {
        return pendingNonce;
    }

    /** The next nonce after this lane's executable run, were the account nonce {@code stateNonce}. */
    long pendingNonceFrom(long stateNonce) {
        if (stateNonce <= accountNonce) return pendingNonce;
        long next = stateNonce;
        while (byNonce.containsKey(next)) next++;
        return next;
    }

    PooledTransaction at(long nonce) {
        return byNonce.get(nonce);
    }

    boolean isEmpty() {
        return byNonce.isEmpty();
    }

    int size() {
        return byNonce.size();
    }

    int pendingCount() {
        return (int) (pendingNonce - accountNonce);
    }

    int queuedCount() {
        return size() - pendingCount();
    }

    boolean isPending(long nonce) {
        return nonce >= accountNonce && nonce < pendingNonce;
    }

    PooledTransaction highest() {
        return byNonce.isEmpty() ? null : byNonce.lastEntry().getValue();
    }

    BigInteger totalCost() {
        BigInteger total = BigInteger.ZERO;
        for (PooledTransaction p : byNonce.values()) total = total.add(p.cost());
        return total;
    }

    List<PooledTransaction> all() {
        return new ArrayList<>(byNonce.values());
    }

    List<PooledTransaction> pending() {
        return new ArrayList<>(byNonce.subMap(accountNonce, pendingNonce).values());
    }

    List<PooledTransaction> queued() {
        return new ArrayList<>(byNonce.tailMap(pendingNonce).values());
    }

    /** Those below {@code nonce}: stale once the account has used their nonces. */
    List<PooledTransaction> below(long nonce) {
        return new ArrayList<>(byNonce.headMap(nonce).values());
    }

    /** Adds or replaces the transaction at its nonce; a filled gap promotes the queued run behind it. */
    void put(PooledTransaction tx) {
        if (tx.nonce() < accountNonce) throw new IllegalArgumentException("nonce below the account nonce");
        byNonce.put(tx.nonce(), tx);
        advance();
    }

    /** Removes the transaction at {@code nonce}; pending ones behind it become queued. */
    PooledTransaction remove(long nonce) {
        PooledTransaction removed = byNonce.remove(nonce);
        if (removed != null && isPending(nonce)) pendingNonce = nonce;
        return removed;
    }

    /** Moves to a new account nonce: drops what is below it and recomputes the executable run. */
    void rebase(long newAccountNonce) {
        byNonce.headMap(newAccountNonce).clear();
        accountNonce = newAccountNonce;
        pendingNonce = newAccountNonce;
        advance();
    }

    private void advance() {
        while (byNonce.containsKey(pendingNonce)) pendingNonce++;
    }
}
