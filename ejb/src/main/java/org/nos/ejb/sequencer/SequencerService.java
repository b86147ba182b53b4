package org.nos.ejb.sequencer;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.ChainHead;
import org.nos.ejb.config.NodeSettings;

/**
 * Seals every block that is due. Block n+1 is due once the wall clock reaches its timestamp, the head's
 * timestamp plus the block time, so timestamps stay exact whenever the job fires. After downtime the
 * sequencer catches up: it seals the missed blocks, each one block time after the previous, as fast as
 * it can, within a time budget per call. Each block is its own transaction ({@link BlockSealer}); this
 * method runs outside any.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SequencerService {
    private static final Logger LOG = Logger.getLogger(SequencerService.class.getName());

    @EJB
    BlockSealer sealer;

    @Inject
    ChainHead chainHead;

    @Inject
    NodeSettings settings;

    /** Seals the due blocks; returns how many it sealed. */
    public int sealDueBlocks() {
        if (!chainHead.isLoaded() || !settings.sequencerEnabled()) return 0;
        int blockTime = settings.blockTimeSeconds();
        long budgetEnd = System.nanoTime() + blockTime * 750_000_000L;
        ChainBlock head = chainHead.head();
        int sealed = 0;
        while (isDue(head.timestamp(), blockTime, System.currentTimeMillis()) && System.nanoTime() < budgetEnd) {
            try {
                head = sealer.sealNextBlock();
            } catch (EJBException e) {
                LOG.warning("Cannot seal block #" + (head.number() + 1) + ", will retry at the next block time: "
                        + rootCause(e));
                return sealed;
            }
            sealed++;
            if (sealed == 1 || !isDue(head.timestamp(), blockTime, System.currentTimeMillis())) log(head);
        }
        long behind = blocksBehind(head.timestamp(), blockTime, System.currentTimeMillis());
        if (behind > 0) {
            LOG.info("Catching up: sealed " + sealed + " blocks, " + behind + " behind the clock");
        }
        return sealed;
    }

    /** True when the block after a head with {@code headTimestamp} may be sealed at {@code nowMillis}. */
    static boolean isDue(long headTimestamp, int blockTime, long nowMillis) {
        return (headTimestamp + blockTime) * 1000 <= nowMillis;
    }

    /** How many blocks are due at {@code nowMillis} after a head with {@code headTimestamp}. */
    static long blocksBehind(long headTimestamp, int blockTime, long nowMillis) {
        long due = (nowMillis / 1000 - headTimestamp) / blockTime;
        return Math.max(0, due);
    }

    private static String rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return cause.toString();
    }

    private static void log(ChainBlock block) {
        LOG.info(() -> "Sealed block #" + block.number() + " " + block.hash() + " timestamp " + block.timestamp()
                + " base fee " + block.header().baseFeePerGas());
    }
}
