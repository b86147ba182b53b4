package org.nos.ejb.sequencer;

/**
 * When blocks are due. Block n+1 is due once the wall clock reaches its timestamp, the head's timestamp plus the
 * block time, so blocks fall due on a grid of block times that runs through the head's timestamp. Pure functions of
 * the head's timestamp (seconds), the block time (seconds) and the wall clock (milliseconds).
 */
public final class BlockSchedule {
    private BlockSchedule() {}

    /** True when the block after a head with {@code headTimestamp} may be sealed at {@code nowMillis}. */
    public static boolean isDue(long headTimestamp, int blockTime, long nowMillis) {
        return (headTimestamp + blockTime) * 1000 <= nowMillis;
    }

    /**
     * How long from {@code nowMillis} until the block after a head with {@code headTimestamp} is due: zero or less
     * once it is.
     */
    public static long millisUntilDue(long headTimestamp, int blockTime, long nowMillis) {
        return (headTimestamp + blockTime) * 1000 - nowMillis;
    }

    /** How many blocks are due at {@code nowMillis} after a head with {@code headTimestamp}. */
    public static long blocksBehind(long headTimestamp, int blockTime, long nowMillis) {
        long due = (nowMillis / 1000 - headTimestamp) / blockTime;
        return Math.max(0, due);
    }

    /**
     * The first moment from {@code nowMillis} on that lies {@code delayMillis} after a block falls due. A job that
     * fires there and every block time after seals each block just after it is due, whenever the node started. A
     * job phased on its start instead could fire just before a block is due: after a seal that took longer than
     * that gap, the next block would be due at once and sealed nearly empty, and the next fire would find nothing
     * due, so transactions would wait almost two block times.
     */
    public static long nextFireMillis(long headTimestamp, int blockTime, long nowMillis, long delayMillis) {
        long period = blockTime * 1000L;
        long fire = (headTimestamp + blockTime) * 1000 + delayMillis;
        if (fire >= nowMillis) return fire;
        return fire + (nowMillis - fire + period - 1) / period * period;
    }
}
