package org.nos.ejb.state;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.nos.jpa.state.StateRepository;
import org.nos.jpa.tx.TransactionRepository;

/** Writes sealed blocks' state to the state tables, and their transaction and log rows. */
@Stateless
public class StateWriter {

    @Inject
    StateRepository repository;

    @Inject
    TransactionRepository transactions;

    /** Writes the blocks, oldest first, and records the last as written: in the caller's transaction. */
    public void write(List<BlockStateWrite> blocks) {
        if (blocks.isEmpty()) return;
        for (BlockStateWrite block : blocks) {
            repository.write(block.changes(), block.storageRoots());
            repository.writeTrieNodes(block.trieNodes().entrySet());
            transactions.insert(block.transactions(), block.logs());
        }
        repository.markWrittenThrough(blocks.get(blocks.size() - 1).blockNumber());
    }

    /** {@link #write} in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void writeApart(List<BlockStateWrite> blocks) {
        write(blocks);
    }
}
