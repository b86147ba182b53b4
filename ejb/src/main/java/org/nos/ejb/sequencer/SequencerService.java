package org.nos.ejb.sequencer;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nos.ejb.chain.BlockSealedEvent;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.ChainHead;
import org.nos.ejb.chain.ChainQueries;
import org.nos.ejb.chain.UnwrittenBlocks;
import org.nos.ejb.config.NodeSettings;
import org.nos.ejb.state.BlockStateWrite;
import org.nos.ejb.state.HeadState;
import org.nos.ejb.state.StateBacklog;
import org.nos.ejb.state.StateWriter;
import org.nos.ejb.state.TrieNodes;
import org.nos.ejb.txpool.PoolHolder;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.chain.Eip1559;
import org.nos.protocol.chain.Eip1559Params;

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
    /**
     * A call this little before the next block is due waits for it: Quartz fires a trigger up to 2 ms early, and a
     * call that found nothing due would leave the block to the next fire, a block time later.
     */
    private static final long EARLY_CALL_WAIT_MILLIS = 20;

    @EJB
    BlockSealer sealer;

    @Inject
    ChainHead chainHead;

    @Inject
    NodeSettings settings;

    @Inject
    HeadState headState;

    @Inject
    ChainQueries chainQueries;

    @Inject
    TrieNodes trieNodes;

    @Inject
    UnwrittenBlocks unwrittenBlocks;

    @Inject
    PoolHolder pool;

    @Inject
    StateBacklog stateBacklog;

    @EJB
    StateWriter stateWriter;

    @Inject
    Event<BlockSealedEvent> sealedEvents;

    /** Seals the due blocks; returns how many it sealed. */
    public int sealDueBlocks() {
        if (!chainHead.isLoaded()) return 0;
        if (!settings.sequencerEnabled()) { // no blocks to follow: the pool's accepts still go to its table
            writeState(chainHead.head(), 1);
            writePoolRows(chainHead.head());
            return 0;
        }
        int blockTime = settings.blockTimeSeconds();
        ChainBlock head = chainHead.head();
        long untilDue = BlockSchedule.millisUntilDue(head.timestamp(), blockTime, System.currentTimeMillis());
        if (untilDue > 0 && untilDue <= EARLY_CALL_WAIT_MILLIS && !sleep(untilDue)) return 0;
        long budgetEnd = System.nanoTime() + blockTime * 750_000_000L;
        int sealed = 0;
        while (BlockSchedule.isDue(head.timestamp(), blockTime, System.currentTimeMillis())
                && System.nanoTime() < budgetEnd) {
            long start = System.nanoTime();
            SealedBlock sealedBlock;
            long committedAt;
            long visibleAt;
            try {
                sealedBlock = sealer.sealNextBlock();
                committedAt = System.nanoTime();
                visibleAt = committed(sealedBlock);
                head = sealedBlock.block();
            } catch (EJBException e) {
                LOG.warning("Cannot seal block #" + (head.number() + 1) + ", will retry at the next block time: "
                        + rootCause(e));
                return sealed;
            }
            sealed++;
            if (sealed == 1 || !sealedBlock.included().isEmpty()
                    || !BlockSchedule.isDue(head.timestamp(), blockTime, System.currentTimeMillis())) {
                log(sealedBlock, committedAt - start, visibleAt - start, System.nanoTime() - start);
            }
        }
        long behind = BlockSchedule.blocksBehind(head.timestamp(), blockTime, System.currentTimeMillis());
        if (behind > 0) {
            LOG.info("Catching up: sealed " + sealed + " blocks, " + behind + " behind the clock");
        }
        return sealed;
    }

    /**
     * The block's transaction has committed: the trie nodes, the head state, the readers' copy of its transactions
     * and receipts, the head, the pool follow, in that order; then the {@link BlockSealedEvent}; then the state,
     * transaction and log tables, once {@code nos.state.write-interval} blocks wait; then the pool's table (its new
     * rows and deletes). Returns when the block became the head (nanoTime).
     */
    private long committed(SealedBlock sealed) {
        ChainBlock block = sealed.block();
        BlockStateWrite write = sealed.write();
        trieNodes.sealed(write.trieNodes());
        headState.apply(block.number(), block.header().stateRoot(), write.changes(), write.storageRoots());
        stateBacklog.add(write);
        unwrittenBlocks.add(block.number(), sealed.transactions(), sealed.receipts());
        chainQueries.rememberTransactions(block.number(), sealed.transactions());
        chainHead.advance(block);
        long visibleAt = System.nanoTime();
        if (pool.isLoaded() && (!sealed.included().isEmpty() || !sealed.invalid().isEmpty() || pool.pool().size() > 0)) {
            var txPool = pool.pool();
            for (Hash hash : sealed.invalid()) txPool.drop(hash);
            var header = block.header();
            Wei nextBaseFee = Eip1559.nextBaseFee(header.gasUsed(), header.gasLimit(), Wei.of(header.baseFeePerGas()),
                    Eip1559Params.OP_STACK);
            txPool.onBlockSealed(sealed.included(), pool.accounts(), nextBaseFee);
        }
        try {
            sealedEvents.fire(new BlockSealedEvent(block, sealed.transactions(), sealed.receipts()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A block-sealed observer failed", e);
        }
        writeState(block, settings.stateWriteInterval());
        writePoolRows(block);
        return visibleAt;
    }

    /** Writes the state and rows of the blocks waiting for it, when at least {@code due} blocks wait. */
    private void writeState(ChainBlock head, int due) {
        List<BlockStateWrite> waiting = stateBacklog.blocks();
        if (waiting.isEmpty() || waiting.size() < due) return;
        try {
            stateWriter.writeApart(waiting);
        } catch (RuntimeException e) {
            LOG.warning("Cannot write the state of blocks #" + waiting.get(0).blockNumber() + " to #" + head.number()
                    + ", will retry: " + rootCause(e));
            return;
        }
        stateBacklog.written(waiting.size());
        for (BlockStateWrite written : waiting) trieNodes.written(written.trieNodes());
        unwrittenBlocks.written(waiting.get(waiting.size() - 1).blockNumber());
    }

    private void writePoolRows(ChainBlock head) {
        try {
            pool.writeRows();
        } catch (RuntimeException e) {
            LOG.warning("Cannot bring the pool table up to date at block #" + head.number() + ", will retry: " + rootCause(e));
        }
    }

    /** Sleeps; false if interrupted (the interrupt is kept for the caller). */
    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return cause.toString();
    }

    /**
     * Logs a sealed block: its transaction committed {@code committedNanos} after sealing began, it was the head
     * (what the RPC answers from) at {@code visibleNanos}, and the state and pool tables were written by
     * {@code doneNanos}.
     */
    private static void log(SealedBlock sealed, long committedNanos, long visibleNanos, long doneNanos) {
        ChainBlock block = sealed.block();
        long storeAndCommit = committedNanos - sealed.buildNanos();
        LOG.info(() -> "Sealed block #" + block.number() + " " + block.hash() + " timestamp " + block.timestamp()
                + " base fee " + block.header().baseFeePerGas() + ", " + sealed.included().size() + " txs, gas used "
                + block.header().gasUsed() + ", sealed in " + doneNanos / 1_000_000 + " ms (built in "
                + sealed.buildNanos() / 1_000_000 + ", stored in " + sealed.storeNanos() / 1_000_000 + ", committed in "
                + (storeAndCommit - sealed.storeNanos()) / 1_000_000 + ", head after " + visibleNanos / 1_000_000 + ")");
    }
}
