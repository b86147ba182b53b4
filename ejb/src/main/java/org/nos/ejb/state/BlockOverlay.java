package org.nos.ejb.state;

import org.nos.evm.Word;
import org.nos.evm.state.StateChanges;
import org.nos.evm.state.StateStore;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.state.AccountState;

/**
 * The store a block is built on: reads the parent state, keeps the block's writes to itself so that a rollback
 * leaves the head state untouched. The sealer applies {@link #changes()} to the head after commit.
 */
public final class BlockOverlay implements StateStore {
    private final StateStore parent;
    private StateChanges changes;

    public BlockOverlay(StateStore parent) {
        this.parent = parent;
    }

    @Override
    public AccountState account(Address address) {
        requireOpen();
        return parent.account(address);
    }

    @Override
    public Word storage(Address address, Word slot) {
        requireOpen();
        return parent.storage(address, slot);
    }

    @Override
    public Bytes code(Hash codeHash) {
        return parent.code(codeHash);
    }

    /** Takes the block's single commit. */
    @Override
    public void apply(StateChanges blockChanges) {
        requireOpen();
        this.changes = blockChanges;
    }

    /** The block's writes; empty before the commit. */
    public StateChanges changes() {
        return changes == null ? new StateChanges(java.util.Collections.emptySortedMap()) : changes;
    }

    private void requireOpen() {
        if (changes != null) throw new IllegalStateException("a block overlay takes one commit");
    }
}
