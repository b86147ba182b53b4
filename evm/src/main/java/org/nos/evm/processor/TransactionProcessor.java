package org.nos.evm.processor;

import java.math.BigInteger;
import java.util.List;
import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.interpreter.Cancellation;
import org.nos.evm.interpreter.Environment;
import org.nos.evm.interpreter.Evm;
import org.nos.evm.interpreter.Gas;
import org.nos.evm.interpreter.MessageResult;
import org.nos.evm.state.WorldState;
import org.nos.evm.tracing.Tracer;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.Log;
import org.nos.protocol.tx.AccessListEntry;
import org.nos.protocol.tx.BlobTransaction;
import org.nos.protocol.tx.DepositTransaction;
import org.nos.protocol.tx.Transaction;
import org.nos.protocol.tx.TransactionType;

/**
 * Validates and executes transactions with Cancun rules, and OP-Stack deposits with Regolith rules. Also runs
 * plain message calls (eth_call, benchmarks) and system calls (EIP-4788). Stateless apart from its configuration;
 * one instance may serve many blocks (not concurrently on the same {@link WorldState}).
 */
public final class TransactionProcessor {
    /** EIP-4788's caller for system calls. */
    public static final Address SYSTEM_ADDRESS = Address.fromHex("0xfffffffffffffffffffffffffffffffffffffffe");
    public static final long SYSTEM_CALL_GAS = 30_000_000L;
    public static final int MAX_BLOBS_PER_BLOCK = 6;
    private static final BigInteger UINT256_LIMIT = BigInteger.ONE.shiftLeft(256);

    private final EvmConfig config;

    public TransactionProcessor(EvmConfig config) {
        this.config = config;
    }

    public EvmConfig config() {
        return config;
    }

    /**
     * Validates {@code tx} against the state and block, then executes it and ends the transaction in
     * {@code state} (EIP-161 and EIP-6780 clean-up); the caller commits when it wants.
     *
     * @throws InvalidTransactionException when the transaction cannot be included; the state is then untouched
     */
    public TransactionResult execute(WorldState state, BlockContext block, Transaction tx, long blockGasAvailable,
            Tracer tracer) {
        return execute(state, block, tx, blockGasAvailable, tracer, Cancellation.never());
    }

    /**
     * As {@link #execute(WorldState, BlockContext, Transaction, long, Tracer)}, stopped with
     * {@link org.nos.evm.interpreter.ExecutionCancelledException} once {@code cancellation} is raised (a traced replay
     * past the RPC time limit); the state must then be discarded.
     */
    public TransactionResult execute(WorldState state, BlockContext block, Transaction tx, long blockGasAvailable,
            Tracer tracer, Cancellation cancellation) {
        if (tx instanceof DepositTransaction deposit) {
            return executeDeposit(state, block, deposit, blockGasAvailable, tracer, cancellation);
        }
        Address sender = senderOf(tx);
        long intrinsic = validate(state, block, tx, sender, blockGasAvailable);
        Wei baseFee = block.baseFee();
        Wei price = tx.effectiveGasPrice(baseFee);
        List<Hash> blobHashes = tx instanceof BlobTransaction blob ? blob.blobVersionedHashes() : List.of();
        long blobGas = Gas.BLOB_GAS_PER_BLOB * blobHashes.size();

        BigInteger upfront = BigInteger.valueOf(tx.gasLimit()).multiply(price.toBigInteger())
                .add(BigInteger.valueOf(blobGas).multiply(block.blobBaseFee().toBigInteger()));
        state.subBalance(sender, Word.fromBigInteger(upfront));
        if (!tx.isContractCreation()) state.incrementNonce(sender);
        warmUp(state, block, sender, tx.to(), tx.accessList());

        Environment env = environment(block, sender, price, blobHashes);
        Evm evm = new Evm(config, state, env, tracer, cancellation);
        long gas = tx.gasLimit() - intrinsic;
        Word value = Word.fromBigInteger(tx.value().toBigInteger());
        byte[] data = tx.data().toArray();
        MessageResult r = tx.isContractCreation()
                ? evm.create(sender, value, data, gas)
                : evm.call(sender, tx.to(), value, data, gas);

        long gasUsed = tx.gasLimit() - r.gasLeft();
        long refund = Math.min(state.refund(), gasUsed / 5);
        gasUsed -= refund;
        long returned = tx.gasLimit() - gasUsed;
        state.addBalance(sender, Word.fromBigInteger(BigInteger.valueOf(returned).multiply(price.toBigInteger())));
        BigInteger tip = price.toBigInteger().subtract(baseFee.toBigInteger());
        state.addBalance(block.coinbase(), Word.fromBigInteger(tip.multiply(BigInteger.valueOf(gasUsed))));
        if (config.baseFeeRecipient() != null) {
            state.addBalance(config.baseFeeRecipient(),
                    Word.fromBigInteger(baseFee.toBigInteger().multiply(BigInteger.valueOf(gasUsed))));
        }
        List<Log> logs = r.success() ? List.copyOf(state.logs()) : List.of();
        state.endTransaction();
        return new TransactionResult(r.success(), gasUsed, logs, Bytes.wrap(r.output()), r.createdAddress(), blobGas);
    }

    private static Address senderOf(Transaction tx) {
        try {
            return tx.sender();
        } catch (RuntimeException e) {
            throw new InvalidTransactionException("invalid signature: " + e.getMessage());
        }
    }

    /** Cancun validity; returns the intrinsic gas. */
    private long validate(WorldState state, BlockContext block, Transaction tx, Address sender, long blockGasAvailable) {
        if (tx.chainId().isPresent() && tx.chainId().getAsLong() != block.chainId()) {
            throw new InvalidTransactionException("invalid chain id " + tx.chainId().getAsLong());
        }
        long nonce = state.getNonce(sender);
        int order = Long.compareUnsigned(tx.nonce(), nonce);
        if (order < 0) throw new InvalidTransactionException("nonce too low: " + tx.nonce() + " < " + nonce);
        if (order > 0) throw new InvalidTransactionException("nonce too high: " + tx.nonce() + " > " + nonce);
        if (nonce == -1L) throw new InvalidTransactionException("nonce has max value (EIP-2681)");
        if (state.getCodeSize(sender) != 0) throw new InvalidTransactionException("sender is not an EOA (EIP-3607)");
        if (tx.gasLimit() > blockGasAvailable) {
            throw new InvalidTransactionException("gas limit " + tx.gasLimit() + " exceeds the block's " + blockGasAvailable);
        }
        if (tx.maxFeePerGas().compareTo(block.baseFee()) < 0) {
            throw new InvalidTransactionException("max fee per gas below the base fee");
        }
        if (tx.maxPriorityFeePerGas().compareTo(tx.maxFeePerGas()) > 0) {
            throw new InvalidTransactionException("max priority fee per gas above max fee per gas");
        }
        BigInteger blobCost = BigInteger.ZERO;
        if (tx instanceof BlobTransaction blob) {
            if (tx.to() == null) throw new InvalidTransactionException("blob transaction creating a contract");
            List<Hash> hashes = blob.blobVersionedHashes();
            if (hashes.isEmpty()) throw new InvalidTransactionException("blob transaction without blobs");
            if (hashes.size() > MAX_BLOBS_PER_BLOCK) throw new InvalidTransactionException("too many blobs");
            for (Hash h : hashes) {
                if (h.unsafeArray()[0] != 0x01) throw new InvalidTransactionException("blob hash with a bad version");
            }
            if (blob.maxFeePerBlobGas().compareTo(block.blobBaseFee()) < 0) {
                throw new InvalidTransactionException("max fee per blob gas below the blob base fee");
            }
            blobCost = BigInteger.valueOf(Gas.BLOB_GAS_PER_BLOB * hashes.size())
                    .multiply(blob.maxFeePerBlobGas().toBigInteger());
        }
        BigInteger needed = BigInteger.valueOf(tx.gasLimit()).multiply(tx.maxFeePerGas().toBigInteger())
                .add(tx.value().toBigInteger()).add(blobCost);
        if (needed.compareTo(UINT256_LIMIT) >= 0 || needed.compareTo(state.getBalance(sender).toBigInteger()) > 0) {
            throw new InvalidTransactionException("insufficient funds for gas * price + value");
        }
        if (tx.isContractCreation() && tx.data().size() > config.maxInitcodeSize()) {
            throw new InvalidTransactionException("initcode too large: " + tx.data().size());
        }
        long intrinsic = IntrinsicGas.of(tx.data(), tx.isContractCreation(), tx.accessList());
        if (intrinsic > tx.gasLimit()) {
            throw new InvalidTransactionException("intrinsic gas too low: " + tx.gasLimit() + " < " + intrinsic);
        }
        return intrinsic;
    }

    /** EIP-2929/2930/3651: sender, recipient, precompiles, coinbase and the access list start warm. */
    private void warmUp(WorldState state, BlockContext block, Address sender, Address to, List<AccessListEntry> accessList) {
        state.warmAccount(sender);
        if (to != null) state.warmAccount(to);
        for (Address p : config.precompiles().addresses()) state.warmAccount(p);
        state.warmAccount(block.coinbase());
        for (AccessListEntry e : accessList) {
            state.warmAccount(e.address());
            for (Hash key : e.storageKeys()) state.warmSlot(e.address(), Word.fromHash(key));
        }
    }

    private static Environment environment(BlockContext block, Address origin, Wei gasPrice, List<Hash> blobHashes) {
        return new Environment(origin, Word.fromBigInteger(gasPrice.toBigInteger()), blobHashes, block.coinbase(),
                block.number(), block.timestamp(), block.gasLimit(), Word.fromBigInteger(block.baseFee().toBigInteger()),
                block.prevRandao() == null ? Word.ZERO : Word.fromHash(block.prevRandao()),
                Word.fromBigInteger(block.blobBaseFee().toBigInteger()), block.chainId(), block.blockHashes());
    }

    /**
     * A deposit (type 0x7E) with Regolith rules: {@code mint} is credited first and kept whatever happens; no nonce,
     * fee or signature checks; the sender's nonce is bumped; gas is metered but not paid for; a failed execution
     * reverts everything but the mint and the nonce.
     */
    private TransactionResult executeDeposit(WorldState state, BlockContext block, DepositTransaction tx,
            long blockGasAvailable, Tracer tracer, Cancellation cancellation) {
        if (tx.gasLimit() > blockGasAvailable) {
            throw new InvalidTransactionException("deposit gas " + tx.gasLimit() + " exceeds the block's " + blockGasAvailable);
        }
        Address from = tx.from();
        if (!tx.mint().isZero()) state.addBalance(from, Word.fromBigInteger(tx.mint().toBigInteger()));
        long intrinsic = IntrinsicGas.of(tx.data(), tx.isContractCreation(), List.of());
        if (intrinsic > tx.gasLimit()) {
            state.incrementNonce(from);
            state.endTransaction();
            return new TransactionResult(false, tx.gasLimit(), List.of(), Bytes.EMPTY, null, 0);
        }
        if (!tx.isContractCreation()) state.incrementNonce(from);
        warmUp(state, block, from, tx.to(), List.of());
        Environment env = environment(block, from, Wei.ZERO, List.of());
        Evm evm = new Evm(config, state, env, tracer, cancellation);
        long gas = tx.gasLimit() - intrinsic;
        Word value = Word.fromBigInteger(tx.value().toBigInteger());
        byte[] data = tx.data().toArray();
        MessageResult r = tx.isContractCreation()
                ? evm.create(from, value, data, gas)
                : evm.call(from, tx.to(), value, data, gas);
        long gasUsed = tx.gasLimit() - r.gasLeft();
        gasUsed -= Math.min(state.refund(), gasUsed / 5);
        List<Log> logs = r.success() ? List.copyOf(state.logs()) : List.of();
        state.endTransaction();
        return new TransactionResult(r.success(), gasUsed, logs, Bytes.wrap(r.output()), r.createdAddress(), 0);
    }

    /**
     * A message call outside any transaction (eth_call, eth_estimateGas, benchmarks): no validation, no fees, no
     * nonce bump; the usual warm set. State changes stay in {@code state} (use a throw-away one for eth_call).
     */
    public TransactionResult call(WorldState state, BlockContext block, Address from, Address to, Bytes data, long gas,
            Wei value, Tracer tracer) {
        warmUp(state, block, from, to, List.of());
        Evm evm = new Evm(config, state, environment(block, from, Wei.ZERO, List.of()), tracer);
        MessageResult r = evm.call(from, to, Word.fromBigInteger(value.toBigInteger()), data.toArray(), gas);
        List<Log> logs = r.success() ? List.copyOf(state.logs()) : List.of();
        state.endTransaction();
        return new TransactionResult(r.success(), gas - r.gasLeft(), logs, Bytes.wrap(r.output()), null, 0);
    }

    /**
     * A system call (EIP-4788 beacon roots and the like): from {@link #SYSTEM_ADDRESS} with 30M gas, no fee, no nonce
     * bump, and no EIP-161 touch of the system address; its state changes are kept.
     */
    public TransactionResult systemCall(WorldState state, BlockContext block, Address to, Bytes data) {
        state.warmAccount(to);
        Evm evm = new Evm(config, state, environment(block, SYSTEM_ADDRESS, Wei.ZERO, List.of()), null);
        MessageResult r = evm.call(SYSTEM_ADDRESS, to, Word.ZERO, data.toArray(), SYSTEM_CALL_GAS);
        List<Log> logs = r.success() ? List.copyOf(state.logs()) : List.of();
        state.endTransaction();
        return new TransactionResult(r.success(), SYSTEM_CALL_GAS - r.gasLeft(), logs, Bytes.wrap(r.output()), null, 0);
    }
}
