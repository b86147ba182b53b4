package org.nos.ejb.execution;

import java.math.BigInteger;
import java.util.List;
import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.interpreter.Environment;
import org.nos.evm.interpreter.Evm;
import org.nos.evm.interpreter.MessageResult;
import org.nos.evm.interpreter.Cancellation;
import org.nos.evm.processor.BlockContext;
import org.nos.evm.processor.IntrinsicGas;
import org.nos.evm.state.WorldState;
import org.nos.evm.tracing.Tracer;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.Log;
import org.nos.protocol.tx.AccessListEntry;

/**
 * Runs a {@link CallRequest} as go-ethereum's eth_call applies its message ({@code core.ApplyMessage} with
 * NoBaseFee and the account checks skipped): fees as the request gives them (none: a zero gas price, the
 * base fee check skipped and BASEFEE reading zero), gas bought from the sender's balance, intrinsic gas charged,
 * the sender's nonce bumped, the refund and the fees paid as in a transaction. Plain Java, no container.
 */
final class CallExecutor {
    private static final BigInteger UINT256_LIMIT = BigInteger.ONE.shiftLeft(256);

    private final EvmConfig config;

    CallExecutor(EvmConfig config) {
        this.config = config;
    }

    EvmConfig config() {
        return config;
    }

    /**
     * The prices of a request in a block: the effective gas price, the fee cap and the tip cap.
     *
     * @throws CallException for contradictory fee fields (geth's texts)
     */
    static Prices prices(CallRequest request, Wei baseFee) throws CallException {
        boolean dynamic = request.maxFeePerGas() != null || request.maxPriorityFeePerGas() != null;
        if (request.gasPrice() != null && dynamic) {
            throw new CallException("both gasPrice and (maxFeePerGas or maxPriorityFeePerGas) specified");
        }
        if (request.gasPrice() != null) {
            BigInteger p = request.gasPrice().toBigInteger();
            return new Prices(p, p, p);
        }
        BigInteger feeCap = request.maxFeePerGas() == null ? BigInteger.ZERO : request.maxFeePerGas().toBigInteger();
        BigInteger tipCap = request.maxPriorityFeePerGas() == null ? BigInteger.ZERO
                : request.maxPriorityFeePerGas().toBigInteger();
        if (request.maxFeePerGas() != null && request.maxPriorityFeePerGas() != null && feeCap.compareTo(tipCap) < 0) {
            throw new CallException("maxFeePerGas (" + feeCap + ") < maxPriorityFeePerGas (" + tipCap + ")");
        }
        BigInteger price = BigInteger.ZERO;
        if (feeCap.signum() > 0 || tipCap.signum() > 0) price = tipCap.add(baseFee.toBigInteger()).min(feeCap);
        return new Prices(price, feeCap, tipCap);
    }

    /** Effective gas price, fee cap and tip cap of a call. */
    record Prices(BigInteger price, BigInteger feeCap, BigInteger tipCap) {
        boolean zero() {
            return feeCap.signum() == 0 && tipCap.signum() == 0;
        }
    }

    /**
     * The block context a call with these prices sees: geth lowers the base fee to zero for a zero gas price, so
     * that BASEFEE stays at most the gas price.
     */
    static BlockContext contextFor(BlockContext block, Prices prices) {
        if (prices.price().signum() != 0) return block;
        return new BlockContext(block.coinbase(), block.number(), block.timestamp(), block.gasLimit(), Wei.ZERO,
                block.prevRandao(), block.blobBaseFee(), block.chainId(), block.blockHashes());
    }

    /**
     * Runs {@code request} with {@code gas} on {@code state}; the state keeps the call's writes (use a throw-away
     * one). Failures before execution throw, with geth's "err: … (supplied gas N)" wording.
     */
    CallResult run(WorldState state, BlockContext block, CallRequest request, long gas, Tracer tracer)
            throws CallException {
        return run(state, block, request, gas, tracer, Cancellation.never());
    }

    /** As {@link #run(WorldState, BlockContext, CallRequest, long, Tracer)}, stopped when {@code cancellation} is raised. */
    CallResult run(WorldState state, BlockContext block, CallRequest request, long gas, Tracer tracer,
            Cancellation cancellation) throws CallException {
        Prices prices = prices(request, block.baseFee());
        BlockContext context = contextFor(block, prices);
        Address from = request.sender();
        BigInteger value = request.valueOrZero().toBigInteger();
        Bytes data = request.dataOrEmpty();
        boolean creation = request.to() == null;

        if (!prices.zero()) {
            if (prices.feeCap().compareTo(prices.tipCap()) < 0) {
                throw supplied("max priority fee per gas higher than max fee per gas: address " + from.toChecksumHex()
                        + ", maxPriorityFeePerGas: " + prices.tipCap() + ", maxFeePerGas: " + prices.feeCap(), gas);
            }
            if (prices.feeCap().compareTo(context.baseFee().toBigInteger()) < 0) {
                throw supplied("max fee per gas less than block base fee: address " + from.toChecksumHex()
                        + ", maxFeePerGas: " + prices.feeCap() + ", baseFee: " + context.baseFee().toBigInteger(), gas);
            }
        }
        BigInteger gasCost = BigInteger.valueOf(gas).multiply(prices.price());
        BigInteger want = BigInteger.valueOf(gas).multiply(prices.feeCap()).add(value);
        BigInteger have = state.getBalance(from).toBigInteger();
        if (want.compareTo(UINT256_LIMIT) >= 0 || have.compareTo(want) < 0) {
            throw supplied("insufficient funds for gas * price + value: address " + from.toChecksumHex() + " have "
                    + have + " want " + want, gas);
        }
        long intrinsic = IntrinsicGas.of(data, creation, request.accessList());
        if (gas < intrinsic) {
            throw new IntrinsicGasTooLowException("err: intrinsic gas too low: have " + gas + ", want " + intrinsic
                    + " (supplied gas " + gas + ")");
        }
        if (value.signum() > 0 && have.subtract(gasCost).compareTo(value) < 0) {
            throw supplied("insufficient funds for transfer: address " + from.toChecksumHex(), gas);
        }
        if (creation && data.size() > config.maxInitcodeSize()) {
            throw supplied("max initcode size exceeded: code size " + data.size() + " limit " + config.maxInitcodeSize(), gas);
        }
        state.subBalance(from, Word.fromBigInteger(gasCost));
        warmUp(state, context, from, request.to(), request.accessList());

        Environment env = new Environment(from, Word.fromBigInteger(prices.price()), List.of(), context.coinbase(),
                context.number(), context.timestamp(), context.gasLimit(),
                Word.fromBigInteger(context.baseFee().toBigInteger()),
                context.prevRandao() == null ? Word.ZERO : Word.fromHash(context.prevRandao()),
                Word.fromBigInteger(context.blobBaseFee().toBigInteger()), context.chainId(), context.blockHashes());
        Evm evm = new Evm(config, state, env, tracer, cancellation);
        Word callValue = Word.fromBigInteger(value);
        MessageResult r;
        if (creation) {
            r = evm.create(from, callValue, data.toArray(), gas - intrinsic);
        } else {
            state.incrementNonce(from);
            r = evm.call(from, request.to(), callValue, data.toArray(), gas - intrinsic);
        }
        long used = gas - r.gasLeft();
        long refund = Math.min(state.refund(), used / 5);
        used -= refund;
        state.addBalance(from, Word.fromBigInteger(BigInteger.valueOf(gas - used).multiply(prices.price())));
        if (!prices.zero()) {
            BigInteger baseFee = context.baseFee().toBigInteger();
            BigInteger tip = prices.tipCap().min(prices.feeCap().subtract(baseFee)).max(BigInteger.ZERO);
            state.addBalance(context.coinbase(), Word.fromBigInteger(tip.multiply(BigInteger.valueOf(used))));
            if (config.baseFeeRecipient() != null) {
                state.addBalance(config.baseFeeRecipient(), Word.fromBigInteger(baseFee.multiply(BigInteger.valueOf(used))));
            }
        }
        List<Log> logs = r.success() ? List.copyOf(state.logs()) : List.of();
        state.endTransaction();
        return new CallResult(r.success(), r.reverted(), r.error(), used, refund, Bytes.wrap(r.output()),
                r.createdAddress(), logs);
    }

    private void warmUp(WorldState state, BlockContext block, Address sender, Address to, List<AccessListEntry> list) {
        state.warmAccount(sender);
        if (to != null) state.warmAccount(to);
        for (Address p : config.precompiles().addresses()) state.warmAccount(p);
        state.warmAccount(block.coinbase());
        for (AccessListEntry e : list) {
            state.warmAccount(e.address());
            for (Hash key : e.storageKeys()) state.warmSlot(e.address(), Word.fromHash(key));
        }
    }

    private static CallException supplied(String message, long gas) {
        return new CallException("err: " + message + " (supplied gas " + gas + ")");
    }
}
