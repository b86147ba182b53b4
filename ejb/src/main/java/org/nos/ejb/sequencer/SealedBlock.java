package org.nos.ejb.sequencer;

import java.util.List;
import java.util.Map;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.StoredReceipt;
import org.nos.ejb.chain.StoredTransaction;
import org.nos.evm.state.StateChanges;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.tx.Transaction;

/**
 * A block whose transaction has committed, with what memory must take over afterwards: the state changes and
 * storage roots for the head state, the new trie nodes for the cache, the included and the invalid transactions
 * for the pool, the rows for {@link org.nos.ejb.chain.BlockSealedEvent}; and how long building and storing took.
 */
public record SealedBlock(ChainBlock block, StateChanges changes, Map<Address, Hash> storageRoots,
        Map<Hash, byte[]> trieNodes, List<Transaction> included, List<Hash> invalid,
        List<StoredTransaction> transactions, List<StoredReceipt> receipts, long buildNanos, long storeNanos) {}
