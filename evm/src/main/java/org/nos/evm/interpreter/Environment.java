package org.nos.evm.interpreter;

import java.util.List;
import java.util.function.LongFunction;
import org.nos.evm.Word;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;

/** What the block and the transaction expose to the code: the inputs of the environment opcodes. */
public record Environment(Address origin, Word gasPrice, List<Hash> blobHashes, Address coinbase, long number,
        long timestamp, long gasLimit, Word baseFee, Word prevRandao, Word blobBaseFee, long chainId,
        LongFunction<Hash> blockHashes) {}
