package org.nos.ejb.state;

import java.util.Map;
import org.nos.evm.state.StateChanges;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;

/**
 * What a sealed block writes to the state tables: its state changes, the new storage roots of the changed accounts,
 * and the trie nodes it created.
 */
public record BlockStateWrite(long blockNumber, StateChanges changes, Map<Address, Hash> storageRoots,
        Map<Hash, byte[]> trieNodes) {}
