package org.nos.evm.block;

import java.util.List;
import org.nos.protocol.block.Block;
import org.nos.protocol.block.Receipt;
import org.nos.protocol.tx.Transaction;

/**
 * An executed block with its receipts (one per transaction, in order). For a built block, {@code skipped} lists
 * the candidate transactions left out and why; for an imported block it is empty.
 */
public record BlockResult(Block block, List<Receipt> receipts, List<Skipped> skipped) {

    public BlockResult {
        receipts = List.copyOf(receipts);
        skipped = List.copyOf(skipped);
    }

    /** A candidate transaction the builder did not include. */
    public record Skipped(Transaction transaction, String reason) {}
}
