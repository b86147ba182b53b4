package org.nos.evm.block;

import java.util.Optional;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.Block;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.block.Bloom;
import org.nos.protocol.chain.Eip4844;
import org.nos.protocol.tx.BlobTransaction;
import org.nos.protocol.tx.Transaction;

/**
 * The rules that tie a header to its body, before execution (roots of what the block carries, no ommers, blob
 * gas) and after it (what executing the block produced), as pure functions.
 */
public final class BodyRules {
    private BodyRules() {}

    /** The first rule the body of {@code block} breaks before execution, or empty. */
    public static Optional<String> check(Block block, long maxBlobGasPerBlock) {
        BlockHeader h = block.header();
        if (!block.ommers().isEmpty()) return Optional.of("ommers are not allowed after the merge");
        if (block.withdrawals() == null) return Optional.of("missing withdrawals");
        if (!block.computeTransactionsRoot().equals(h.transactionsRoot())) return Optional.of("transactions root mismatch");
        if (!block.computeWithdrawalsRoot().equals(h.withdrawalsRoot())) return Optional.of("withdrawals root mismatch");
        long blobGas = blobGas(block);
        if (blobGas > maxBlobGasPerBlock) return Optional.of("blob gas " + blobGas + " above the block maximum " + maxBlobGasPerBlock);
        if (h.blobGasUsed() == null || blobGas != h.blobGasUsed()) {
            return Optional.of("blob gas used " + h.blobGasUsed() + ", the transactions carry " + blobGas);
        }
        return Optional.empty();
    }

    /** The first mismatch between {@code header} and what executing its block produced, or empty. */
    public static Optional<String> checkOutcome(BlockHeader header, long gasUsed, long blobGasUsed, Hash receiptsRoot,
            Bloom bloom, Hash stateRoot) {
        if (gasUsed != header.gasUsed()) return Optional.of("gas used " + gasUsed + ", header says " + header.gasUsed());
        if (header.blobGasUsed() == null || blobGasUsed != header.blobGasUsed()) {
            return Optional.of("blob gas used " + blobGasUsed + ", header says " + header.blobGasUsed());
        }
        if (!receiptsRoot.equals(header.receiptsRoot())) return Optional.of("receipts root " + receiptsRoot + ", header says " + header.receiptsRoot());
        if (!bloom.toBytes().equals(header.logsBloom())) return Optional.of("logs bloom mismatch");
        if (!stateRoot.equals(header.stateRoot())) return Optional.of("state root " + stateRoot + ", header says " + header.stateRoot());
        return Optional.empty();
    }

    /** The blob gas the block's blob transactions carry. */
    public static long blobGas(Block block) {
        long total = 0;
        for (Transaction tx : block.transactions()) {
            if (tx instanceof BlobTransaction blob) total += Eip4844.blobGas(blob.blobVersionedHashes().size());
        }
        return total;
    }
}
