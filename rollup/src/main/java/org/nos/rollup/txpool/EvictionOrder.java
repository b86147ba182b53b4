package org.nos.rollup.txpool;

import java.util.Collection;
import java.util.function.Predicate;
import org.nos.protocol.base.Wei;

/**
 * Which transaction a full pool lets go first: the lowest effective tip at the current base fee; among equals a
 * queued one before a pending one, then the latest arrival, then the higher hash. Scans lanes in address order.
 */
final class EvictionOrder {
    private EvictionOrder() {}

    /** The cheapest transaction not {@code exempt}, or null when every one is. */
    static PooledTransaction cheapest(Collection<SenderLane> lanes, Wei baseFee, Predicate<PooledTransaction> exempt) {
        PooledTransaction cheapest = null;
        boolean cheapestQueued = false;
        for (SenderLane lane : lanes) {
            for (PooledTransaction p : lane.all()) {
                if (exempt.test(p)) continue;
                boolean queued = !lane.isPending(p.nonce());
                if (cheapest == null || goesBefore(p, queued, cheapest, cheapestQueued, baseFee)) {
                    cheapest = p;
                    cheapestQueued = queued;
                }
            }
        }
        return cheapest;
    }

    private static boolean goesBefore(PooledTransaction a, boolean aQueued, PooledTransaction b, boolean bQueued,
            Wei baseFee) {
        int byTip = a.effectiveTip(baseFee).compareTo(b.effectiveTip(baseFee));
        if (byTip != 0) return byTip < 0;
        if (aQueued != bQueued) return aQueued;
        if (a.sequence() != b.sequence()) return a.sequence() > b.sequence();
        return a.hash().compareTo(b.hash()) > 0;
    }
}
