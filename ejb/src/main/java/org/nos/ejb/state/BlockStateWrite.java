package org.nos.ejb.state;

import java.util.List;
import java.util.Map;
import org.nos.evm.state.StateChanges;
import org.nos.jpa.tx.LogRow;
import org.nos.jpa.tx.TransactionRow;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;

/**
 * What a sealed block writes once it is the head: its state changes, the new storage roots of the changed accounts,
 * the trie nodes it created, and its transaction and log rows. The block's header and transactions were stored
 * when it was sealed; all of this can be had again by executing them.
 */
public record BlockStateWrite(long blockNumber, StateChanges changes, Map<Address, Hash> storageRoots,
        Map<Hash, byte[]> trieNodes, List<TransactionRow> transactions, List<LogRow> logs) {

    /** A write of state alone (genesis, which has no transactions). */
    public static BlockStateWrite stateOnly(long blockNumber, StateChanges changes, Map<Address, Hash> storageRoots,
            Map<Hash, byte[]> trieNodes) {
        return new BlockStateWrite(blockNumber, changes, storageRoots, trieNodes, List.of(), List.of());
    }
}
