package org.nos.evm.state;

import org.nos.evm.Word;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.state.AccountState;

/**
 * The storage port: committed world state as the persistence layer holds it. Reads return committed values only;
 * {@link WorldState} keeps everything uncommitted and hands the writes back as one {@link StateChanges} on commit.
 */
public interface StateStore {
    /** The committed account, or null when it does not exist. */
    AccountState account(Address address);

    /** The committed value of a storage slot; {@link Word#ZERO} when unset. */
    Word storage(Address address, Word slot);

    /** The code with this hash; empty for {@link Hash#EMPTY_CODE}. */
    Bytes code(Hash codeHash);

    /** Applies the writes of a {@link WorldState#commit()}. */
    void apply(StateChanges changes);
}
