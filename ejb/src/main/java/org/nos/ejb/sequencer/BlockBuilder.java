package org.nos.ejb.sequencer;

import java.math.BigInteger;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.chain.Eip1559;
import org.nos.protocol.chain.Eip1559Params;
import org.nos.rollup.genesis.GenesisBlock;

/**
 * Builds the header of the block after a parent: post-merge (Cancun) fields, the SequencerFeeVault as
 * coinbase, timestamp = parent timestamp + block time, EIP-1559 base fee with the OP Stack parameters.
 * Plain Java. Blocks are empty for now: the execution engine will hand in transactions, receipts and the
 * state root, and this builder will fill the roots, bloom and gas used from them.
 */
public final class BlockBuilder {
    private final long gasLimit;
    private final int blockTimeSeconds;

    public BlockBuilder(long gasLimit, int blockTimeSeconds) {
        this.gasLimit = gasLimit;
        this.blockTimeSeconds = blockTimeSeconds;
    }

    /** The timestamp of the block after {@code parent}. */
    public long nextTimestamp(BlockHeader parent) {
        return parent.timestamp() + blockTimeSeconds;
    }

    /** The header of an empty block on top of {@code parent}. */
    public BlockHeader emptyBlock(BlockHeader parent) {
        return new BlockHeader(
                parent.hash(),
                Hash.EMPTY_LIST,
                GenesisBlock.SEQUENCER_FEE_VAULT,
                parent.stateRoot(),
                Hash.EMPTY_TRIE,
                Hash.EMPTY_TRIE,
                BlockHeader.EMPTY_BLOOM,
                BigInteger.ZERO,
                parent.number() + 1,
                gasLimit,
                0,
                nextTimestamp(parent),
                Bytes.EMPTY,
                Hash.ZERO,
                BlockHeader.ZERO_NONCE,
                nextBaseFee(parent),
                Hash.EMPTY_TRIE,
                0L,
                0L,
                Hash.ZERO);
    }

    /** EIP-1559 with the OP Stack parameters: elasticity 6, denominator 250, floored at 1 gwei. */
    static BigInteger nextBaseFee(BlockHeader parent) {
        Wei parentFee = parent.baseFeePerGas() == null ? Eip1559.INITIAL_BASE_FEE : Wei.of(parent.baseFeePerGas());
        return Eip1559.nextBaseFee(parent.gasUsed(), parent.gasLimit(), parentFee, Eip1559Params.OP_STACK)
                .toBigInteger();
    }
}
