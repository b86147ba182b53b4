package org.nos.rollup.txpool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.Transaction;

/**
 * The transaction pool: validated transactions in per-sender nonce lanes, pending (executable from the account
 * nonce on) or queued (behind a nonce gap). Admission replaces a same-nonce transaction only for a price bump of
 * both fees, and past the pool's capacity evicts the transaction with the lowest effective tip, never for a
 * cheaper one. Every change goes to the {@link PoolStore} first. Deterministic: no hash-order iteration reaches
 * any result. Thread-safe (one lock).
 */
public final class TransactionPool {
    private static final System.Logger LOG = System.getLogger(TransactionPool.class.getName());

    private final PoolConfig config;
    private final TransactionValidator validator;
    private final PoolStore store;
    private final List<PendingTransactionListener> listeners = new CopyOnWriteArrayList<>();
    private final TreeMap<Address, SenderLane> lanes = new TreeMap<>();
    /** Lookup only; never iterated. */
    private final Map<Hash, PooledTransaction> byHash = new HashMap<>();
    private long nextSequence;
    private Wei baseFee;

    /**
     * @param baseFee the base fee of the next block, which ranks transactions for eviction until
     *     {@link #onBlockSealed} brings the next one
     */
    public TransactionPool(PoolConfig config, PoolStore store, Wei baseFee) {
        this.config = Objects.requireNonNull(config, "config");
        this.validator = new TransactionValidator(config);
        this.store = Objects.requireNonNull(store, "store");
        this.baseFee = Objects.requireNonNull(baseFee, "baseFee");
    }

    public PoolConfig config() {
        return config;
    }

    public synchronized Wei baseFee() {
        return baseFee;
    }

    public void addListener(PendingTransactionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(PendingTransactionListener listener) {
        listeners.remove(listener);
    }

    /**
     * Admits raw EIP-2718 bytes from {@code eth_sendRawTransaction} after every rule of {@link TransactionValidator}
     * and the pool's own (already known, replacement bump, cumulative balance, limits). The rules that need no state
     * (decoding, and the signature, which takes most of the time) run outside the pool's lock, so that concurrent
     * submissions and the sealer do not wait for each other's signature checks.
     *
     * @return the transaction hash
     * @throws TxPoolException with geth's message when refused; the pool and the store are then unchanged
     */
    public Hash submit(byte[] raw, AccountView accounts) {
        Hash hash = Hash.keccak(raw);
        if (contains(hash)) throw Rejection.ALREADY_KNOWN.exception();
        Transaction tx = validator.validateWithoutState(raw);
        synchronized (this) {
            if (byHash.containsKey(hash)) throw Rejection.ALREADY_KNOWN.exception(); // a twin came in meanwhile
            validator.validateAgainstState(tx, accounts);
            admit(PooledTransaction.of(tx, nextSequence), accounts, true);
        }
        return tx.hash();
    }

    /**
     * Re-admits what the store holds, after a restart, under today's rules and state; what fails is removed from
     * the store. Call once, on an empty pool, before taking submissions. The store's order is taken as arrival
     * order, which breaks ties between equal tips.
     */
    public synchronized RestoreResult restore(AccountView accounts) {
        if (!byHash.isEmpty()) throw new IllegalStateException("restore needs an empty pool");
        List<RestoreResult.Discarded> discarded = new ArrayList<>();
        List<PooledTransaction> valid = new ArrayList<>();
        for (byte[] raw : store.loadAll()) {
            try {
                valid.add(PooledTransaction.of(validator.validate(raw, accounts), nextSequence));
            } catch (TxPoolException e) {
                discarded.add(new RestoreResult.Discarded(Hash.keccak(raw), e.getMessage()));
            }
            nextSequence++;
        }
        valid.sort(Comparator.comparing(PooledTransaction::sender).thenComparingLong(PooledTransaction::nonce));
        for (PooledTransaction p : valid) {
            if (byHash.containsKey(p.hash())) continue;
            try {
                admit(p, accounts, false);
            } catch (TxPoolException e) {
                discarded.add(new RestoreResult.Discarded(p.hash(), e.getMessage()));
            }
        }
        for (RestoreResult.Discarded d : discarded) store.removed(d.hash());
        return new RestoreResult(byHash.size(), discarded);
    }

    /** A snapshot of the pending transactions in price-and-nonce order, for a builder that executes as it goes. */
    public synchronized BlockCandidates candidates(Wei baseFee) {
        List<List<PooledTransaction>> pending = new ArrayList<>();
        for (SenderLane lane : lanes.values()) {
            List<PooledTransaction> run = lane.pending();
            if (!run.isEmpty()) pending.add(run);
        }
        return new BlockCandidates(baseFee, pending);
    }

    /**
     * A block was sealed: drops the included transactions and every one whose nonce the account has used, and
     * those the balance no longer covers; promotes what the new nonces make executable; ranks from now on at
     * {@code nextBaseFee}.
     */
    public synchronized void onBlockSealed(Collection<Transaction> included, AccountView accounts, Wei nextBaseFee) {
        Objects.requireNonNull(nextBaseFee, "nextBaseFee");
        Set<Hash> gone = new LinkedHashSet<>();
        for (Transaction tx : included) {
            if (byHash.containsKey(tx.hash())) gone.add(tx.hash());
        }
        Map<Address, Long> nonces = new TreeMap<>();
        for (SenderLane lane : lanes.values()) {
            long nonce = accounts.nonce(lane.sender());
            BigInteger balance = accounts.balance(lane.sender()).toBigInteger();
            nonces.put(lane.sender(), nonce);
            for (PooledTransaction p : lane.all()) {
                if (p.nonce() < nonce || p.cost().compareTo(balance) > 0) gone.add(p.hash());
            }
        }
        for (Hash hash : gone) store.removed(hash);
        this.baseFee = nextBaseFee;
        List<PendingRun> pendingBefore = pendingRuns(lanes.keySet());
        for (Hash hash : gone) forget(hash);
        for (Map.Entry<Address, Long> e : nonces.entrySet()) {
            SenderLane lane = lanes.get(e.getKey());
            if (lane != null) lane.rebase(e.getValue());
        }
        dropEmptyLanes(nonces.keySet());
        announceNewlyPending(pendingBefore, null);
    }

    /** Removes a transaction that turned out invalid at execution; the sender's later ones become queued. */
    public synchronized boolean drop(Hash hash) {
        if (!byHash.containsKey(hash)) return false;
        store.removed(hash);
        Address sender = byHash.get(hash).sender();
        forget(hash);
        dropEmptyLanes(List.of(sender));
        return true;
    }

    public synchronized Optional<Transaction> get(Hash hash) {
        PooledTransaction p = byHash.get(hash);
        return p == null ? Optional.empty() : Optional.of(p.tx());
    }

    public synchronized boolean contains(Hash hash) {
        return byHash.containsKey(hash);
    }

    public synchronized int size() {
        return byHash.size();
    }

    /** The nonce {@code eth_getTransactionCount(account, "pending")} reports: past the executable run. */
    public synchronized long pendingNonce(Address account, AccountView accounts) {
        long stateNonce = accounts.nonce(account);
        SenderLane lane = lanes.get(account);
        return lane == null ? stateNonce : lane.pendingNonceFrom(stateNonce);
    }

    /** Executable transactions by sender (address order), each list in nonce order: {@code txpool_content}. */
    public synchronized SortedMap<Address, List<Transaction>> pending() {
        return content(SenderLane::pending);
    }

    /** Transactions behind a nonce gap by sender (address order), each list in nonce order. */
    public synchronized SortedMap<Address, List<Transaction>> queued() {
        return content(SenderLane::queued);
    }

    public synchronized PoolStatus status() {
        int pending = 0;
        for (SenderLane lane : lanes.values()) pending += lane.pendingCount();
        return new PoolStatus(pending, byHash.size() - pending);
    }

    private void admit(PooledTransaction newcomer, AccountView accounts, boolean persistNewcomer) {
        Transaction tx = newcomer.tx();
        Address sender = newcomer.sender();
        long stateNonce = accounts.nonce(sender);
        catchUpLane(sender, stateNonce);
        SenderLane lane = lanes.get(sender);
        BigInteger balance = accounts.balance(sender).toBigInteger();
        PooledTransaction replaced = lane == null ? null : lane.at(tx.nonce());
        List<PooledTransaction> evictions = new ArrayList<>();
        if (replaced != null) {
            checkReplacement(replaced, newcomer, lane, balance);
        } else {
            checkCumulativeCost(newcomer, lane, balance);
            checkSenderLimits(newcomer, lane, stateNonce, evictions);
            checkCapacity(newcomer, evictions);
        }

        if (persistNewcomer) store.saved(tx);
        if (replaced != null) store.removed(replaced.hash());
        for (PooledTransaction victim : evictions) store.removed(victim.hash());

        nextSequence = Math.max(nextSequence, newcomer.sequence() + 1);
        List<PendingRun> pendingBefore = pendingRuns(List.of(sender));
        for (PooledTransaction victim : evictions) forget(victim.hash());
        if (replaced != null) byHash.remove(replaced.hash());
        lane = lanes.computeIfAbsent(sender, s -> new SenderLane(s, stateNonce));
        lane.put(newcomer);
        byHash.put(newcomer.hash(), newcomer);
        dropEmptyLanes(evictions.stream().map(PooledTransaction::sender).toList());
        announceNewlyPending(pendingBefore, newcomer);
    }

    /** Brings a lane to the account nonce the caller sees, letting go of what that nonce made stale. */
    private void catchUpLane(Address sender, long stateNonce) {
        SenderLane lane = lanes.get(sender);
        if (lane == null || lane.accountNonce() == stateNonce) return;
        List<PooledTransaction> stale = lane.below(stateNonce);
        for (PooledTransaction p : stale) store.removed(p.hash());
        List<PendingRun> pendingBefore = pendingRuns(List.of(sender));
        for (PooledTransaction p : stale) byHash.remove(p.hash());
        lane.rebase(stateNonce);
        dropEmptyLanes(List.of(sender));
        announceNewlyPending(pendingBefore, null);
    }

    private void checkReplacement(PooledTransaction old, PooledTransaction newcomer, SenderLane lane,
            BigInteger balance) {
        if (!PriceBump.isEnough(old.tx(), newcomer.tx(), config.priceBumpPercent())) {
            throw Rejection.REPLACEMENT_UNDERPRICED.exception();
        }
        BigInteger spent = lane.totalCost().subtract(old.cost());
        BigInteger need = spent.add(newcomer.cost());
        if (balance.compareTo(need) < 0) {
            throw Rejection.INSUFFICIENT_FUNDS.exception("balance %s, queued cost %s, tx bumped %s, overshot %s",
                    balance, spent, newcomer.cost().subtract(old.cost()), need.subtract(balance));
        }
    }

    private static void checkCumulativeCost(PooledTransaction newcomer, SenderLane lane, BigInteger balance) {
        BigInteger spent = lane == null ? BigInteger.ZERO : lane.totalCost();
        BigInteger need = spent.add(newcomer.cost());
        if (balance.compareTo(need) < 0) {
            throw Rejection.INSUFFICIENT_FUNDS.exception("balance %s, queued cost %s, tx cost %s, overshot %s",
                    balance, spent, newcomer.cost(), need.subtract(balance));
        }
    }

    /**
     * A full lane takes a new transaction only below its highest nonce, which then goes; a transaction behind a
     * gap needs room in the sender's queue.
     */
    private void checkSenderLimits(PooledTransaction newcomer, SenderLane lane, long stateNonce,
            List<PooledTransaction> evictions) {
        int size = lane == null ? 0 : lane.size();
        int queued = lane == null ? 0 : lane.queuedCount();
        if (size >= config.maxPerSender()) {
            PooledTransaction highest = lane.highest();
            if (highest.nonce() < newcomer.nonce()) {
                throw Rejection.ACCOUNT_LIMIT_EXCEEDED.exception("pooled %d txs", size);
            }
            evictions.add(highest);
            if (!lane.isPending(highest.nonce())) queued--;
        }
        long pendingNonce = lane == null ? stateNonce : lane.pendingNonce();
        if (newcomer.nonce() > pendingNonce && queued >= config.maxQueuedPerSender()) {
            throw Rejection.NONCE_TOO_HIGH.exception("tx nonce %d, next pending nonce %d, queued limit %d",
                    newcomer.nonce(), pendingNonce, config.maxQueuedPerSender());
        }
    }

    /**
     * A full pool makes room by evicting its lowest effective tip, if the newcomer pays strictly more; never one of
     * the newcomer's own sender below its nonce, which it needs.
     */
    private void checkCapacity(PooledTransaction newcomer, List<PooledTransaction> evictions) {
        if (byHash.size() - evictions.size() < config.maxTotal()) return;
        PooledTransaction victim = EvictionOrder.cheapest(lanes.values(), baseFee, p -> evictions.contains(p)
                || (p.sender().equals(newcomer.sender()) && p.nonce() < newcomer.nonce()));
        if (victim == null) throw Rejection.POOL_FULL.exception();
        if (victim.effectiveTip(baseFee).compareTo(newcomer.effectiveTip(baseFee)) >= 0) {
            throw Rejection.UNDERPRICED.exception();
        }
        evictions.add(victim);
    }

    /** Takes a transaction out of the index and its lane (the lane stays, possibly empty). */
    private void forget(Hash hash) {
        PooledTransaction p = byHash.remove(hash);
        if (p == null) return;
        SenderLane lane = lanes.get(p.sender());
        if (lane != null) lane.remove(p.nonce());
    }

    private void dropEmptyLanes(Collection<Address> senders) {
        for (Address sender : senders) {
            SenderLane lane = lanes.get(sender);
            if (lane != null && lane.isEmpty()) lanes.remove(sender);
        }
    }

    /** Where each sender's executable run is now, for {@link #announceNewlyPending} after a change. */
    private List<PendingRun> pendingRuns(Collection<Address> senders) {
        List<PendingRun> runs = new ArrayList<>(senders.size());
        for (Address sender : senders) {
            SenderLane lane = lanes.get(sender);
            runs.add(lane == null ? new PendingRun(sender, 0, 0) : new PendingRun(sender, lane.accountNonce(), lane.pendingNonce()));
        }
        return runs;
    }

    /**
     * Announces what became executable since {@code before}: the pending transactions outside the earlier run, and
     * {@code newcomer} (or null) when it is pending, which covers a replacement inside the run.
     */
    private void announceNewlyPending(List<PendingRun> before, PooledTransaction newcomer) {
        if (listeners.isEmpty()) return;
        for (PendingRun run : before) {
            SenderLane lane = lanes.get(run.sender());
            if (lane == null) continue;
            for (PooledTransaction p : lane.pendingOutside(run.from(), run.to())) announce(p.tx());
            if (newcomer != null && newcomer.sender().equals(run.sender()) && lane.at(newcomer.nonce()) == newcomer
                    && lane.isPending(newcomer.nonce()) && newcomer.nonce() >= run.from() && newcomer.nonce() < run.to()) {
                announce(newcomer.tx());
            }
        }
    }

    /** A sender's executable run of nonces {@code [from, to)}. */
    private record PendingRun(Address sender, long from, long to) {
    }

    private void announce(Transaction tx) {
        for (PendingTransactionListener listener : listeners) {
            try {
                listener.onPending(tx);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "pending-transaction listener failed for " + tx.hash(), e);
            }
        }
    }

    private SortedMap<Address, List<Transaction>> content(Function<SenderLane, List<PooledTransaction>> part) {
        TreeMap<Address, List<Transaction>> out = new TreeMap<>();
        for (SenderLane lane : lanes.values()) {
            List<PooledTransaction> txs = part.apply(lane);
            if (!txs.isEmpty()) out.put(lane.sender(), txs.stream().map(PooledTransaction::tx).toList());
        }
        return Collections.unmodifiableSortedMap(out);
    }
}
