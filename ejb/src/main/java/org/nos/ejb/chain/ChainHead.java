package org.nos.ejb.chain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The head of the sealed chain and the most recent blocks, in memory, so that reads such as
 * {@code eth_blockNumber} never touch the database. Only committed blocks enter: the sealer advances the
 * head after its transaction commits.
 */
@ApplicationScoped
public class ChainHead {
    /** How many recent blocks stay in memory. */
    static final int RECENT_BLOCKS = 1024;

    private final AtomicReferenceArray<ChainBlock> recent = new AtomicReferenceArray<>(RECENT_BLOCKS);
    private volatile ChainBlock genesis;
    private volatile ChainBlock head;

    /** Sets genesis and head when the node starts. */
    public synchronized void reset(ChainBlock genesis, ChainBlock head) {
        this.genesis = genesis;
        remember(genesis);
        remember(head);
        this.head = head;
    }

    /** Makes {@code block} the head if it extends the current one (blocks arrive in order, after commit). */
    public synchronized void advance(ChainBlock block) {
        ChainBlock current = head;
        if (current != null && block.number() <= current.number()) return;
        remember(block);
        head = block;
    }

    /** Puts an older block into the recent-block cache, e.g. when warming it up at start. */
    public void remember(ChainBlock block) {
        recent.set(slot(block.number()), block);
    }

    /** True once the node has loaded or created its chain. */
    public boolean isLoaded() {
        return head != null;
    }

    /** The latest sealed block; throws until the chain is loaded. */
    public ChainBlock head() {
        ChainBlock h = head;
        if (h == null) throw new IllegalStateException("the chain is not loaded yet");
        return h;
    }

    public ChainBlock genesis() {
        ChainBlock g = genesis;
        if (g == null) throw new IllegalStateException("the chain is not loaded yet");
        return g;
    }

    /** The block with {@code number} if it is in memory, else null. */
    public ChainBlock recent(long number) {
        if (number < 0) return null;
        ChainBlock b = recent.get(slot(number));
        return b != null && b.number() == number ? b : null;
    }

    private static int slot(long number) {
        return (int) (number % RECENT_BLOCKS);
    }
}
