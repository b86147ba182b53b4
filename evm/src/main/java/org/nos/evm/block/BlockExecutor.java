package org.nos.evm.block;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.nos.evm.interpreter.Gas;
import org.nos.evm.processor.BlockContext;
import org.nos.evm.processor.InvalidTransactionException;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.Block;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.chain.ChainConfig;
import org.nos.protocol.chain.Eip1559;
import org.nos.protocol.chain.Eip4844;
import org.nos.protocol.tx.Transaction;

/**
 * Imports and builds post-Cancun blocks. Import validates a block against its parent and re-executes it;
 * building executes candidate transactions, leaves out the ones that cannot be included, and seals a header.
 * Both run the same steps: the EIP-4788 beacon-root call, the transactions in order, the withdrawals, then the
 * state commit. The fee rules (EIP-1559 parameters, blob schedule) come from the {@link ChainConfig}; where the
 * base fee goes is the processor's {@link org.nos.evm.EvmConfig}.
 *
 * <p>The rules are Cancun's whatever the fork schedule of the chain config says (NOS starts at Cancun).
 * {@code stateRoot} is asked for the root once the block's writes are committed to the store behind
 * {@code state}. After an {@link InvalidBlockException} that store may hold part of the block: discard it.
 */
public final class BlockExecutor {
    private final ChainConfig chain;
    private final TransactionProcessor processor;

    public BlockExecutor(ChainConfig chain, TransactionProcessor processor) {
        this.chain = chain;
        this.processor = processor;
    }

    /** The base fee a child of {@code parent} must have. */
    public Wei nextBaseFee(BlockHeader parent) {
        return Eip1559.nextBaseFee(parent.gasUsed(), parent.gasLimit(), Wei.of(parent.baseFeePerGas()), chain.eip1559());
    }

    /** The excess blob gas a child of {@code parent} must have. */
    public long nextExcessBlobGas(BlockHeader parent) {
        return Eip4844.nextExcessBlobGas(orZero(parent.excessBlobGas()), orZero(parent.blobGasUsed()), chain.blobSchedule());
    }

    /**
     * Validates {@code block} as the child of {@code parent} and executes it on {@code state}, which must be the
     * parent's post-state; the writes are committed to its store.
     *
     * @param ancestors BLOCKHASH: the hash of an ancestor by number (asked only for the 256 before the block)
     * @throws InvalidBlockException when the block breaks a rule or holds a transaction that cannot be included
     */
    public BlockResult importBlock(BlockHeader parent, WorldState state, Block block, LongFunction<Hash> ancestors,
            Supplier<Hash> stateRoot) throws InvalidBlockException {
        BlockHeader header = block.header();
        if (parent.baseFeePerGas() == null) throw new InvalidBlockException("parent has no base fee: not a London+ chain");
        require(HeaderRules.check(parent, header, nextBaseFee(parent).toBigInteger(), nextExcessBlobGas(parent)));
        require(BodyRules.check(block, chain.blobSchedule().maxBlobGasPerBlock()));

        BlockExecution run = new BlockExecution(processor, state, context(header, ancestors), chain.blobSchedule().maxBlobGasPerBlock());
        run.storeBeaconRoot(header.parentBeaconBlockRoot());
        List<Transaction> txs = block.transactions();
        for (int i = 0; i < txs.size(); i++) {
            try {
                run.apply(txs.get(i));
            } catch (InvalidTransactionException e) {
                throw new InvalidBlockException("transaction " + i + " is invalid: " + e.reason(), e);
            }
        }
        run.withdraw(block.withdrawals());
        state.commit();
        require(BodyRules.checkOutcome(header, run.gasUsed(), run.blobGasUsed(), run.receiptsRoot(), run.bloom(), stateRoot.get()));
        return new BlockResult(block, run.receipts(), List.of());
    }

    /**
     * Builds the child of {@code parent} on {@code state} (the parent's post-state): {@code forced} transactions
     * first (the L2's deposits; each must be includable), then {@code candidates} best first, as geth's miner does:
     * one whose gas limit exceeds the gas left, or that is invalid, is skipped with its sender's later ones; the block
     * takes the gas each one used, and stops when not even a plain transfer fits. Then the withdrawals. The writes
     * are committed.
     *
     * @throws IllegalArgumentException when a forced transaction cannot be included
     */
    public BlockResult build(BlockHeader parent, WorldState state, BlockAttributes attributes, List<Transaction> forced,
            TransactionCandidates candidates, LongFunction<Hash> ancestors, Supplier<Hash> stateRoot) {
        BigInteger baseFee = nextBaseFee(parent).toBigInteger();
        long excessBlobGas = nextExcessBlobGas(parent);
        BlockHeader draft = new BlockHeader(parent.hash(), Hash.EMPTY_LIST, attributes.feeRecipient(), Hash.EMPTY_TRIE,
                Hash.EMPTY_TRIE, Hash.EMPTY_TRIE, BlockHeader.EMPTY_BLOOM, BigInteger.ZERO, parent.number() + 1,
                attributes.gasLimit(), 0, attributes.timestamp(), attributes.extraData(), attributes.prevRandao(),
                BlockHeader.ZERO_NONCE, baseFee, Hash.EMPTY_TRIE, 0L, excessBlobGas, attributes.parentBeaconBlockRoot());
        BlockExecution run = new BlockExecution(processor, state, context(draft, ancestors), chain.blobSchedule().maxBlobGasPerBlock());
        run.storeBeaconRoot(attributes.parentBeaconBlockRoot());
        for (Transaction tx : forced) {
            try {
                run.apply(tx);
            } catch (InvalidTransactionException e) {
                throw new IllegalArgumentException("forced transaction " + tx.hash() + " cannot be included: " + e.reason(), e);
            }
        }
        List<BlockResult.Skipped> skipped = new ArrayList<>();
        for (Transaction tx = candidates.peek(); tx != null && draft.gasLimit() - run.gasUsed() >= Gas.TX;
                tx = candidates.peek()) {
            try {
                run.apply(tx);
                candidates.shift();
            } catch (InvalidTransactionException e) {
                skipped.add(new BlockResult.Skipped(tx, e.reason()));
                candidates.pop();
            }
        }
        run.withdraw(attributes.withdrawals());
        state.commit();
        Block unsealed = new Block(draft, run.transactions(), List.of(), attributes.withdrawals());
        BlockHeader header = new BlockHeader(draft.parentHash(), draft.ommersHash(), draft.coinbase(), stateRoot.get(),
                unsealed.computeTransactionsRoot(), run.receiptsRoot(), run.bloom().toBytes(), draft.difficulty(),
                draft.number(), draft.gasLimit(), run.gasUsed(), draft.timestamp(), draft.extraData(), draft.mixHash(),
                draft.nonce(), baseFee, unsealed.computeWithdrawalsRoot(), run.blobGasUsed(), excessBlobGas,
                draft.parentBeaconBlockRoot());
        Block block = new Block(header, unsealed.transactions(), List.of(), unsealed.withdrawals());
        return new BlockResult(block, run.receipts(), skipped);
    }

    private BlockContext context(BlockHeader header, LongFunction<Hash> ancestors) {
        return new BlockContext(header.coinbase(), header.number(), header.timestamp(), header.gasLimit(),
                Wei.of(header.baseFeePerGas()), header.mixHash(),
                Eip4844.blobBaseFee(orZero(header.excessBlobGas()), chain.blobSchedule()), chain.chainId(), ancestors);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static void require(Optional<String> violation) throws InvalidBlockException {
        if (violation.isPresent()) throw new InvalidBlockException(violation.get());
    }
}
