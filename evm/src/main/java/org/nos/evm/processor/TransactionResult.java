package org.nos.evm.processor;

import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.block.Log;

/**
 * The outcome of an executed transaction: receipt status, gas used after refunds, logs (empty on failure), the
 * return or revert data, the created contract's address for a successful creation, and the blob gas it used.
 */
public record TransactionResult(boolean success, long gasUsed, List<Log> logs, Bytes output, Address createdContract,
        long blobGasUsed) {}
