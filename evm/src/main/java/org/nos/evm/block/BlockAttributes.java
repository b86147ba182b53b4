package org.nos.evm.block;

import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.Withdrawal;

/**
 * What a block builder chooses for a new block (the payload attributes of the engine API): who receives the
 * priority fees, when, the randomness, the gas limit, the extra data, the beacon root and the withdrawals
 * (empty on the L2).
 */
public record BlockAttributes(Address feeRecipient, long timestamp, Hash prevRandao, long gasLimit, Bytes extraData,
        Hash parentBeaconBlockRoot, List<Withdrawal> withdrawals) {

    public BlockAttributes {
        withdrawals = List.copyOf(withdrawals);
    }
}
