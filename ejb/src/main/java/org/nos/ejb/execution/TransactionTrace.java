package org.nos.ejb.execution;

import org.nos.protocol.base.Hash;

/** One entry of debug_traceBlockByNumber/ByHash: the transaction hash and its trace (or the error). */
public record TransactionTrace(Hash txHash, Object result, String error) {}
