package org.nos.rollup.txpool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nos.protocol.base.Address;

/**
 * One sender's transactions by nonce. Those contiguous from the account nonce are pending (executable); the rest,
 * behind a gap, are queued until the gap fills.
 */
final class SenderLane {
    private final Address sender;
    private final TreeMap<Long, PooledTransaction> byNonce = new TreeMap<>();
    /** The sum of {@link PooledTransaction#cost()} over the lane, kept as transactions come and go. */
    private BigInteger totalCost = BigInteger.ZERO;
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
        return totalCost;
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

    /** The pending transactions whose nonces lie outside {@code [from, to)}: those a change made executable. */
    List<PooledTransaction> pendingOutside(long from, long to) {
        List<PooledTransaction> out = new ArrayList<>();
        if (accountNonce < Math.min(pendingNonce, from)) out.addAll(byNonce.subMap(accountNonce, Math.min(pendingNonce, from)).values());
        long tail = Math.max(accountNonce, to);
        if (tail < pendingNonce) out.addAll(byNonce.subMap(tail, pendingNonce).values());
        return out;
    }

    /** Those below {@code nonce}: stale once the account has used their nonces. */
    List<PooledTransaction> below(long nonce) {
        return new ArrayList<>(byNonce.headMap(nonce).values());
    }

    /** Adds or replaces the transaction at its nonce; a filled gap promotes the queued run behind it. */
    void put(PooledTransaction tx) {
        if (tx.nonce() < accountNonce) throw new IllegalArgumentException("nonce below the account nonce");
        PooledTransaction replaced = byNonce.put(tx.nonce(), tx);
        if (replaced != null) totalCost = totalCost.subtract(replaced.cost());
        totalCost = totalCost.add(tx.cost());
        advance();
    }

    /** Removes the transaction at {@code nonce}; pending ones behind it become queued. */
    PooledTransaction remove(long nonce) {
        PooledTransaction removed = byNonce.remove(nonce);
        if (removed == null) return null;
        totalCost = totalCost.subtract(removed.cost());
        if (isPending(nonce)) pendingNonce = nonce;
        return removed;
    }

    /** Moves to a new account nonce: drops what is below it and recomputes the executable run. */
    void rebase(long newAccountNonce) {
        SortedMap<Long, PooledTransaction> stale = byNonce.headMap(newAccountNonce);
        for (PooledTransaction p : stale.values()) totalCost = totalCost.subtract(p.cost());
        stale.clear();
        accountNonce = newAccountNonce;
        pendingNonce = newAccountNonce;
        advance();
    }

    private void advance() {
        while (byNonce.containsKey(pendingNonce)) pendingNonce++;
    }
}
