package org.nos.ejb.chain;

import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/**
 * The receipt of a sealed transaction as eth_getTransactionReceipt reports it. {@code to} is null for a creation,
 * {@code contractAddress} null unless a creation, {@code depositNonce} null unless a deposit.
 */
public record StoredReceipt(Hash transactionHash, int transactionIndex, Hash blockHash, long blockNumber, Address from,
        Address to, Address contractAddress, long gasUsed, long cumulativeGasUsed, Wei effectiveGasPrice,
        boolean success, int type, List<StoredLog> logs, Bytes logsBloom, Long depositNonce) {

    public StoredReceipt {
        logs = List.copyOf(logs);
    }
}
