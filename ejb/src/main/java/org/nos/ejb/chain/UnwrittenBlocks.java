package org.nos.ejb.chain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.nos.protocol.base.Hash;

/**
 * The transactions and receipts of the sealed blocks whose transaction and log rows are not yet in their tables
 * (they are written after the block is the head, with its state). A block enters before it becomes the head and
 * leaves once its rows have committed, so a reader that looks here first and in the tables second misses none.
 * Blocks without transactions have no rows and are not kept.
 */
@ApplicationScoped
public class UnwrittenBlocks {

    /** One block's transactions and receipts, in block order, and each transaction's index by hash. */
    public record Block(List<StoredTransaction> transactions, List<StoredReceipt> receipts,
            Map<Hash, Integer> indexes) {}

    private final ConcurrentSkipListMap<Long, Block> blocks = new ConcurrentSkipListMap<>();
    private final ConcurrentHashMap<Hash, Long> blockOfTransaction = new ConcurrentHashMap<>();

    /** Keeps block {@code number}'s transactions and receipts until {@link #written} says its rows are stored. */
    public void add(long number, List<StoredTransaction> transactions, List<StoredReceipt> receipts) {
        if (transactions.isEmpty()) return;
        Map<Hash, Integer> indexes = new HashMap<>(transactions.size() * 2);
        for (int i = 0; i < transactions.size(); i++) indexes.put(transactions.get(i).tx().hash(), i);
        blocks.put(number, new Block(List.copyOf(transactions), List.copyOf(receipts),
                Collections.unmodifiableMap(indexes)));
        for (Hash hash : indexes.keySet()) blockOfTransaction.put(hash, number);
    }

    /** The rows of every block up to {@code number} have committed. */
    public void written(long number) {
        NavigableMap<Long, Block> done = blocks.headMap(number, true);
        for (Block block : done.values()) block.indexes().keySet().forEach(blockOfTransaction::remove);
        done.clear();
    }

    public Optional<StoredTransaction> transaction(Hash hash) {
        return locate(hash).map(at -> at.block().transactions().get(at.index()));
    }

    public Optional<StoredReceipt> receipt(Hash hash) {
        return locate(hash).map(at -> at.block().receipts().get(at.index()));
    }

    /** Block {@code number}'s transactions, if its rows are not yet written. */
    public Optional<List<StoredTransaction>> transactions(long number) {
        return Optional.ofNullable(blocks.get(number)).map(Block::transactions);
    }

    /** Block {@code number}'s receipts, if its rows are not yet written. */
    public Optional<List<StoredReceipt>> receipts(long number) {
        return Optional.ofNullable(blocks.get(number)).map(Block::receipts);
    }

    /** The unwritten blocks now, by number: every block with transactions after the first of them is among them. */
    public NavigableMap<Long, Block> snapshot() {
        return new TreeMap<>(blocks);
    }

    private record Located(Block block, int index) {}

    private Optional<Located> locate(Hash hash) {
        Long number = blockOfTransaction.get(hash);
        if (number == null) return Optional.empty();
        Block block = blocks.get(number);
        Integer index = block == null ? null : block.indexes().get(hash);
        return index == null ? Optional.empty() : Optional.of(new Located(block, index));
    }
}
