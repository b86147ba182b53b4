package org.nos.rollup.txpool;

import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.DynamicFeeTransaction;
import org.nos.protocol.tx.LegacyTransaction;
import org.nos.protocol.tx.Transaction;

/** Signed transactions for tests, from deterministic keys. */
final class TestTransactions {
    static final long CHAIN_ID = 901;
    static final long BLOCK_GAS_LIMIT = 30_000_000;
    static final Address RECIPIENT = Address.fromHex("0x00000000000000000000000000000000000000aa");

    private TestTransactions() {}

    /** The {@code index}-th test key (index from 1). */
    static PrivateKey key(int index) {
        byte[] b = new byte[32];
        b[30] = (byte) (index >> 8);
        b[31] = (byte) index;
        return PrivateKey.of(b);
    }

    static PoolConfig config() {
        return PoolConfig.defaults(CHAIN_ID, BLOCK_GAS_LIMIT);
    }

    /** A 21000-gas EIP-1559 transfer of 1 wei. */
    static DynamicFeeTransaction transfer(PrivateKey key, long nonce, long tipGwei, long feeCapGwei) {
        return transfer(key, nonce, Wei.gwei(tipGwei), Wei.gwei(feeCapGwei), 21_000);
    }

    static DynamicFeeTransaction transfer(PrivateKey key, long nonce, Wei tip, Wei feeCap, long gas) {
        return DynamicFeeTransaction.unsigned(CHAIN_ID, nonce, tip, feeCap, gas, RECIPIENT, Wei.of(1), Bytes.EMPTY,
                List.of()).sign(key);
    }

    static LegacyTransaction legacy(PrivateKey key, long nonce, long gasPriceGwei) {
        return LegacyTransaction.unsigned(nonce, Wei.gwei(gasPriceGwei), 21_000, RECIPIENT, Wei.of(1), Bytes.EMPTY)
                .sign(key, CHAIN_ID);
    }

    static byte[] raw(Transaction tx) {
        return tx.encoded();
    }
}
