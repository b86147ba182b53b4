package org.nos.evm.processor;

import java.util.function.LongFunction;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/** The block a transaction runs in. {@code blockHashes} answers BLOCKHASH for the 256 previous blocks (null = unknown). */
public record BlockContext(Address coinbase, long number, long timestamp, long gasLimit, Wei baseFee, Hash prevRandao,
        Wei blobBaseFee, long chainId, LongFunction<Hash> blockHashes) {}
