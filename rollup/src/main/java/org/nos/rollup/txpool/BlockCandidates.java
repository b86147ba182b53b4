package org.nos.rollup.txpool;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import org.nos.evm.block.TransactionCandidates;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.Transaction;

/**
 * Pending transactions in the order a block should take them, like geth's price-and-nonce heap: always the best
 * effective tip among each sender's next transaction, so no sender's nonce order is ever broken. A sender whose
 * next transaction cannot pay the base fee is left out from there on.
 *
 * <p>The block builder {@link #peek}s, then either {@link #shift}s (it took the transaction; the sender's next one
 * competes) or {@link #pop}s (it could not; the sender's remaining ones are skipped). A snapshot: later pool
 * changes do not show.
 */
public final class BlockCandidates implements TransactionCandidates {
    private final Wei baseFee;
    private final PriorityQueue<Deque<PooledTransaction>> heads;

    BlockCandidates(Wei baseFee, List<List<PooledTransaction>> pendingBySender) {
        this.baseFee = baseFee;
        var bestFirst = PooledTransaction.bestFirst(baseFee);
        this.heads = new PriorityQueue<>(Math.max(1, pendingBySender.size()),
                (a, b) -> bestFirst.compare(a.peekFirst(), b.peekFirst()));
        for (List<PooledTransaction> lane : pendingBySender) offer(new ArrayDeque<>(lane));
    }

    public boolean hasNext() {
        return !heads.isEmpty();
    }

    /** The best transaction now, or null when none is left. */
    @Override
    public Transaction peek() {
        Deque<PooledTransaction> best = heads.peek();
        return best == null ? null : best.peekFirst().tx();
    }

    /** The peeked transaction went into the block: its sender's next one takes its place. */
    @Override
    public void shift() {
        Deque<PooledTransaction> best = heads.poll();
        if (best == null) throw new IllegalStateException("no candidate left");
        best.pollFirst();
        offer(best);
    }

    /** The peeked transaction could not go into the block: skip its sender altogether. */
    @Override
    public void pop() {
        if (heads.poll() == null) throw new IllegalStateException("no candidate left");
    }

    private void offer(Deque<PooledTransaction> lane) {
        PooledTransaction next = lane.peekFirst();
        if (next != null && next.isPayableAt(baseFee)) heads.add(lane);
    }
}
