package org.nos.ejb.state;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The sealed blocks whose state is in memory (the head state, {@link TrieNodes}) but not yet in the state tables,
 * oldest first. Their blocks and receipts are stored; a crash loses only this copy, and the next start re-executes
 * them.
 */
@ApplicationScoped
public class StateBacklog {
    private final ArrayDeque<BlockStateWrite> blocks = new ArrayDeque<>();

    public synchronized void add(BlockStateWrite block) {
        if (!blocks.isEmpty() && blocks.peekLast().blockNumber() + 1 != block.blockNumber()) {
            throw new IllegalArgumentException("block #" + block.blockNumber() + " does not follow #" + blocks.peekLast().blockNumber());
        }
        blocks.addLast(block);
    }

    public synchronized int size() {
        return blocks.size();
    }

    /** The unwritten blocks, oldest first. */
    public synchronized List<BlockStateWrite> blocks() {
        return new ArrayList<>(blocks);
    }

    /** The oldest {@code count} blocks are written. */
    public synchronized void written(int count) {
        for (int i = 0; i < count; i++) blocks.removeFirst();
    }

    /** Forgets everything (at start, when the state is loaded from the tables again). */
    public synchronized void clear() {
        blocks.clear();
    }
}
