package org.nos.ejb.sequencer;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.state.BlockStateWrite;
import org.nos.jpa.block.BlockRepository;
import org.nos.jpa.state.StateRepository;
import org.nos.jpa.tx.TransactionRepository;
import org.nos.protocol.block.BlockHeader;

/**
 * Stores a {@link SealingRehearsal} block as {@link BlockSealer} and {@link org.nos.ejb.state.StateWriter} store a
 * real one, in a transaction that is always rolled back, so that the JIT compiles the driver's and the database's
 * insert paths before the first real blocks: on a fresh node, the first block of 5,000 ETH transfers took 240-280 ms
 * to store without it and 55 ms with it, and readers saw the block that much sooner. The rows take block numbers
 * below zero, which no real block has; the state rows are the rehearsal chain's, and roll back with the rest.
 */
@Stateless
public class StorageRehearsal {

    @Resource
    SessionContext context;

    @Inject
    BlockRepository blocks;

    @Inject
    TransactionRepository transactions;

    @Inject
    StateRepository stateTables;

    /** Stores {@code rehearsed} and rolls it back; a failure rolls it back too. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void storeAndRollBack(SealingRehearsal.RehearsedBlock rehearsed) {
        ChainBlock block = rehearsed.block();
        BlockHeader header = block.header();
        long number = -1 - block.number();
        blocks.insert(number, block.hash().toArray(), header.parentHash().toArray(), header.timestamp(), header.encode(),
                block.size());
        blocks.insertBody(number, BlockBody.encode(rehearsed.result().block().transactions()));
        BlockRows rows = BlockRows.of(block, rehearsed.result(), number);
        transactions.insert(rows.rows(), rows.logRows());
        BlockStateWrite state = rehearsed.state();
        stateTables.write(state.changes(), state.storageRoots());
        stateTables.writeTrieNodes(state.trieNodes().entrySet());
        context.setRollbackOnly(); // last: the datasource hands no connection to a transaction marked so
    }
}
