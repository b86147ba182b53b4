package org.nos.rollup.txpool;

import java.math.BigInteger;
import java.util.Comparator;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.Transaction;

/** A transaction in the pool, with what the pool needs of it at hand; {@code sequence} is its arrival order. */
record PooledTransaction(Transaction tx, Address sender, BigInteger cost, long sequence) {

    /** Best first: higher effective tip, then earlier arrival, then lower hash. */
    static Comparator<PooledTransaction> bestFirst(Wei baseFee) {
        Comparator<PooledTransaction> byTip = Comparator.comparing(p -> p.effectiveTip(baseFee));
        return byTip.reversed()
                .thenComparingLong(PooledTransaction::sequence)
                .thenComparing(PooledTransaction::hash);
    }

    static PooledTransaction of(Transaction tx, long sequence) {
        return new PooledTransaction(tx, tx.sender(), TransactionValidator.costOf(tx), sequence);
    }

    Hash hash() {
        return tx.hash();
    }

    long nonce() {
        return tx.nonce();
    }

    /** What the block producer earns per gas: {@code min(tip, feeCap - baseFee)}; negative below the base fee. */
    BigInteger effectiveTip(Wei baseFee) {
        BigInteger headroom = tx.maxFeePerGas().toBigInteger().subtract(baseFee.toBigInteger());
        return headroom.min(tx.maxPriorityFeePerGas().toBigInteger());
    }

    boolean isPayableAt(Wei baseFee) {
        return tx.maxFeePerGas().compareTo(baseFee) >= 0;
    }
}
