package org.nos.ejb.sequencer;

import java.util.List;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.StoredReceipt;
import org.nos.ejb.chain.StoredTransaction;
import org.nos.ejb.state.BlockStateWrite;
import org.nos.protocol.base.Hash;
import org.nos.protocol.tx.Transaction;

/**
 * A block whose transaction has committed, with what memory must take over afterwards: what it writes to the state,
 * transaction and log tables later ({@code write}: state changes and storage roots for the head state, new trie
 * nodes for the cache), the included and the invalid transactions for the pool, the transactions and receipts for
 * the readers of recent blocks and {@link org.nos.ejb.chain.BlockSealedEvent}; and how long building and storing
 * took.
 */
public record SealedBlock(ChainBlock block, BlockStateWrite write, List<Transaction> included, List<Hash> invalid,
        List<StoredTransaction> transactions, List<StoredReceipt> receipts, long buildNanos, long storeNanos) {}
