package org.nos.evm.block;

import java.math.BigInteger;
import java.util.function.UnaryOperator;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.BlockHeader;

/** Copies of a header with one field changed, by index in the header's RLP order (0 = parentHash … 19). */
final class HeaderEdits {
    static final int PARENT_HASH = 0, OMMERS_HASH = 1, STATE_ROOT = 3, TRANSACTIONS_ROOT = 4, RECEIPTS_ROOT = 5,
            LOGS_BLOOM = 6, DIFFICULTY = 7, NUMBER = 8, GAS_LIMIT = 9, GAS_USED = 10, TIMESTAMP = 11, EXTRA_DATA = 12,
            NONCE = 14, BASE_FEE = 15, WITHDRAWALS_ROOT = 16, BLOB_GAS_USED = 17, EXCESS_BLOB_GAS = 18, BEACON_ROOT = 19;

    private HeaderEdits() {}

    static UnaryOperator<BlockHeader> set(int index, Object value) {
        return h -> {
            Object[] f = fields(h);
            f[index] = value;
            return build(f);
        };
    }

    private static Object[] fields(BlockHeader c) {
        return new Object[] {c.parentHash(), c.ommersHash(), c.coinbase(), c.stateRoot(), c.transactionsRoot(),
            c.receiptsRoot(), c.logsBloom(), c.difficulty(), c.number(), c.gasLimit(), c.gasUsed(), c.timestamp(),
            c.extraData(), c.mixHash(), c.nonce(), c.baseFeePerGas(), c.withdrawalsRoot(), c.blobGasUsed(),
            c.excessBlobGas(), c.parentBeaconBlockRoot()};
    }

    private static BlockHeader build(Object[] f) {
        return new BlockHeader((Hash) f[0], (Hash) f[1], (Address) f[2], (Hash) f[3], (Hash) f[4], (Hash) f[5],
                (Bytes) f[6], (BigInteger) f[7], (long) f[8], (long) f[9], (long) f[10], (long) f[11], (Bytes) f[12],
                (Hash) f[13], (Bytes) f[14], (BigInteger) f[15], (Hash) f[16], (Long) f[17], (Long) f[18], (Hash) f[19]);
    }
}
