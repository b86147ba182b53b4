package org.nos.ejb.execution;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.ChainQueries;
import org.nos.ejb.chain.ChainRules;
import org.nos.ejb.chain.StoredTransaction;
import org.nos.ejb.config.NodeSettings;
import org.nos.ejb.state.StateQueries;
import org.nos.evm.EvmConfig;
import org.nos.evm.interpreter.Cancellation;
import org.nos.evm.interpreter.ExecutionCancelledException;
import org.nos.evm.processor.BlockContext;
import org.nos.evm.processor.InvalidTransactionException;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.StateStore;
import org.nos.evm.state.WorldState;
import org.nos.evm.tracing.CallTracer;
import org.nos.evm.tracing.StructLogTracer;
import org.nos.evm.tracing.Tracer;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.chain.Eip1559;
import org.nos.protocol.chain.Eip4844;
import org.nos.protocol.tx.Transaction;

/**
 * eth_call, eth_estimateGas, debug_traceCall, debug_traceTransaction and debug_traceBlock* on the state after any
 * block, with go-ethereum's semantics and error texts. Read-only: no JTA, calls run on a throw-away
 * {@link WorldState} over {@link StateQueries#at(long)} (with the state overrides laid on top). Every execution is
 * bounded by the RPC gas cap and the EVM timeout.
 */
@ApplicationScoped
public class CallService {
    /** The block number that stands for "pending": the next block's context on the head's state. */
    public static final long PENDING = -1;
    private static final Address BEACON_ROOTS_ADDRESS = Address.fromHex("0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02");

    @Inject
    StateQueries states;

    @Inject
    ChainQueries chain;

    @Inject
    NodeSettings settings;

    @Inject
    ChainRules rules;

    private EvmConfig evmConfig;
    private CallExecutor executor;
    private TransactionProcessor processor;

    /** Raises the cancellation of calls that run past the EVM timeout; one daemon thread that only flips flags. */
    private ScheduledExecutorService timers;

    @PostConstruct
    void init() {
        evmConfig = rules.evmConfig();
        executor = new CallExecutor(evmConfig);
        processor = new TransactionProcessor(evmConfig);
        timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nos-evm-timeout");
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void shutdown() {
        timers.shutdownNow();
    }

    /**
     * eth_call: the call's output.
     *
     * @throws ExecutionRevertedException when it reverts (code 3 with the revert data)
     * @throws CallException when it fails otherwise, times out, or cannot run
     */
    public CallResult call(CallRequest request, long blockNumber, StateOverrides overrides) throws CallException {
        Target target = target(blockNumber, overrides);
        long gas = capped(request.gas());
        CallResult r = run(target, request, gas, deadline(null), null);
        if (r.reverted()) throw new ExecutionRevertedException(r.output());
        if (!r.success()) throw new CallException(r.error());
        return r;
    }

    /** eth_estimateGas: the lowest gas limit with which the call succeeds (geth's search, run to the end). */
    public long estimateGas(CallRequest request, long blockNumber, StateOverrides overrides) throws CallException {
        Target target = target(blockNumber, overrides);
        long hi = target.context().gasLimit();
        if (request.gas() != null && request.gas() >= GasEstimator.TX_GAS) hi = request.gas();
        CallExecutor.Prices prices = CallExecutor.prices(request, target.context().baseFee());
        BigInteger feeCap = request.maxFeePerGas() != null ? prices.feeCap()
                : request.gasPrice() != null ? prices.price() : BigInteger.ZERO;
        if (feeCap.signum() != 0) {
            BigInteger available = WorldState.over(target.store()).getBalance(request.sender()).toBigInteger();
            BigInteger value = request.valueOrZero().toBigInteger();
            if (value.compareTo(available) >= 0 && value.signum() > 0) {
                throw new CallException("insufficient funds for transfer");
            }
            BigInteger allowance = available.subtract(value).divide(feeCap);
            if (allowance.bitLength() < 63 && hi > allowance.longValue()) hi = allowance.longValue();
        }
        long cap = settings.rpcGasCap();
        if (cap > 0 && hi > cap) hi = cap;
        boolean plainTransfer = request.dataOrEmpty().isEmpty() && request.to() != null
                && WorldState.over(target.store()).getCodeSize(request.to()) == 0;
        // each attempt has the EVM timeout of its own, as each of geth's executions is cancelled on its own
        return GasEstimator.estimate(hi, plainTransfer, gas -> run(target, request, gas, deadline(null), null));
    }

    /** debug_traceCall: a {@link org.nos.evm.tracing.StructLogResult} or a {@link org.nos.evm.tracing.CallFrame}. */
    public Object traceCall(CallRequest request, long blockNumber, StateOverrides overrides, TraceOptions options)
            throws CallException {
        Target target = target(blockNumber, overrides);
        long gas = capped(request.gas());
        WorldState state = WorldState.over(target.store());
        if (options.usesCallTracer()) {
            CallTracer tracer = new CallTracer(evmConfig, state, options.callTracer());
            CallResult r = run(state, target.context(), request, gas, deadline(options.timeout()), tracer);
            return tracer.result(gas, r.gasUsed());
        }
        StructLogTracer tracer = new StructLogTracer(evmConfig, state, options.structLogs());
        CallResult r = run(state, target.context(), request, gas, deadline(options.timeout()), tracer);
        return tracer.result(r.gasUsed());
    }

    /**
     * debug_traceTransaction: replays the transactions before it in its block on the parent's state, then traces
     * it.
     *
     * @throws CallException "transaction not found" for an unknown or pending transaction
     */
    public Object traceTransaction(Hash txHash, TraceOptions options) throws CallException {
        StoredTransaction stored = chain.transaction(txHash).filter(t -> !t.isPending())
                .orElseThrow(() -> new CallException("transaction not found"));
        List<TransactionTrace> traces = traceBlock(stored.blockNumber(), options, stored.index());
        TransactionTrace trace = traces.get(traces.size() - 1);
        if (trace.error() != null) throw new CallException(trace.error());
        return trace.result();
    }

    /** debug_traceBlockByNumber: every transaction of the block, traced in order. */
    public List<TransactionTrace> traceBlock(long blockNumber, TraceOptions options) throws CallException {
        return traceBlock(blockNumber, options, -1);
    }

    /** Traces the block's transactions (only the one at {@code only} when it is not negative). */
    private List<TransactionTrace> traceBlock(long blockNumber, TraceOptions options, int only) throws CallException {
        if (blockNumber == 0) throw new CallException("genesis is not traceable");
        ChainBlock block = chain.byNumber(blockNumber).orElseThrow(() -> new CallException("block #" + blockNumber + " not found"));
        BlockContext context = context(block.header());
        WorldState state = WorldState.over(stateAt(blockNumber - 1));
        if (state.getCodeSize(BEACON_ROOTS_ADDRESS) != 0 && block.header().parentBeaconBlockRoot() != null) {
            processor.systemCall(state, context, BEACON_ROOTS_ADDRESS, Bytes.wrap(block.header().parentBeaconBlockRoot().toArray()));
        }
        List<StoredTransaction> txs = chain.blockTransactions(blockNumber);
        long deadline = deadline(options.timeout());
        Cancellation cancellation = Cancellation.create();
        ScheduledFuture<?> timer = cancelAt(deadline, cancellation);
        try {
            return replay(txs, only, state, context, options, cancellation);
        } catch (ExecutionCancelledException e) {
            throw new CallException("execution timeout");
        } finally {
            if (timer != null) timer.cancel(false);
        }
    }

    private List<TransactionTrace> replay(List<StoredTransaction> txs, int only, WorldState state,
            BlockContext context, TraceOptions options, Cancellation cancellation) throws CallException {
        List<TransactionTrace> out = new ArrayList<>();
        long used = 0;
        for (StoredTransaction stored : txs) {
            Transaction tx = stored.tx();
            boolean traced = only < 0 || stored.index() == only;
            Tracer tracer = null;
            StructLogTracer structLogs = null;
            CallTracer calls = null;
            if (traced) {
                if (options.usesCallTracer()) {
                    tracer = calls = new CallTracer(evmConfig, state, options.callTracer());
                } else {
                    tracer = structLogs = new StructLogTracer(evmConfig, state, options.structLogs());
                }
            }
            TransactionResult r;
            try {
                r = processor.execute(state, context, tx, context.gasLimit() - used, tracer, cancellation);
            } catch (InvalidTransactionException e) {
                throw new CallException("could not replay transaction " + tx.hash() + ": " + e.getMessage());
            }
            used += r.gasUsed();
            if (traced) {
                Object result = calls != null ? calls.result(tx.gasLimit(), r.gasUsed()) : structLogs.result(r);
                out.add(new TransactionTrace(tx.hash(), result, null));
                if (only >= 0) return out;
            }
        }
        if (only >= 0) throw new CallException("transaction not found");
        return out;
    }

    private CallResult run(Target target, CallRequest request, long gas, long deadline, Tracer tracer)
            throws CallException {
        return run(WorldState.over(target.store()), target.context(), request, gas, deadline, tracer);
    }

    /**
     * Runs one call; past the deadline a timer raises its {@link Cancellation}, which the interpreter sees at its next
     * jump or call, so the time limit costs the call nothing while it runs.
     */
    private CallResult run(WorldState state, BlockContext context, CallRequest request, long gas, long deadline,
            Tracer tracer) throws CallException {
        Cancellation cancellation = Cancellation.create();
        ScheduledFuture<?> timer = cancelAt(deadline, cancellation);
        try {
            return executor.run(state, context, request, gas, tracer, cancellation);
        } catch (ExecutionCancelledException e) {
            throw new CallException("execution aborted (timeout = " + format(timeout()) + ")");
        } finally {
            if (timer != null) timer.cancel(false);
        }
    }

    /** Raises {@code cancellation} at {@code deadline} ({@link System#nanoTime()} terms); null when there is none. */
    private ScheduledFuture<?> cancelAt(long deadline, Cancellation cancellation) {
        if (deadline == Long.MIN_VALUE) return null;
        return timers.schedule(cancellation::cancel, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    /** The deadline in {@link System#nanoTime()} terms, or {@link Long#MIN_VALUE} for none. */
    private long deadline(Duration override) {
        Duration timeout = override != null ? override : timeout();
        if (timeout.isZero() || timeout.isNegative()) return Long.MIN_VALUE;
        return System.nanoTime() + timeout.toNanos();
    }

    private Duration timeout() {
        return settings.rpcEvmTimeout();
    }

    private long capped(Long gas) {
        long cap = settings.rpcGasCap();
        if (gas == null) return cap > 0 ? cap : Long.MAX_VALUE / 2;
        return cap > 0 && gas > cap ? cap : gas;
    }

    /** The state and block context a call at {@code blockNumber} (or {@link #PENDING}) sees. */
    private Target target(long blockNumber, StateOverrides overrides) throws CallException {
        ChainBlock head = chain.head();
        BlockContext context;
        long stateBlock;
        if (blockNumber == PENDING) {
            context = pendingContext(head.header());
            stateBlock = head.number();
        } else {
            ChainBlock block = chain.byNumber(blockNumber).orElseThrow(() -> new CallException("header not found"));
            context = context(block.header());
            stateBlock = blockNumber;
        }
        return new Target(OverriddenStateStore.over(stateAt(stateBlock), overrides), context);
    }

    private StateStore stateAt(long blockNumber) throws CallException {
        try {
            return states.at(blockNumber);
        } catch (IllegalArgumentException e) {
            throw new CallException("header not found");
        }
    }

    private record Target(StateStore store, BlockContext context) {}

    /** The context of a sealed block, as the block executor built it. */
    BlockContext context(BlockHeader header) {
        Long excess = header.excessBlobGas();
        return new BlockContext(header.coinbase(), header.number(), header.timestamp(), header.gasLimit(),
                header.baseFeePerGas() == null ? Wei.ZERO : Wei.of(header.baseFeePerGas()), header.mixHash(),
                Eip4844.blobBaseFee(excess == null ? 0 : excess, rules.chainConfig().blobSchedule()), settings.chainId(),
                this::blockHash);
    }

    /** The next block's context: head + 1, one block time later, the next base fee. */
    BlockContext pendingContext(BlockHeader head) {
        Wei parentFee = head.baseFeePerGas() == null ? Eip1559.INITIAL_BASE_FEE : Wei.of(head.baseFeePerGas());
        Wei baseFee = Eip1559.nextBaseFee(head.gasUsed(), head.gasLimit(), parentFee, rules.chainConfig().eip1559());
        long excess = Eip4844.nextExcessBlobGas(head.excessBlobGas() == null ? 0 : head.excessBlobGas(),
                head.blobGasUsed() == null ? 0 : head.blobGasUsed(), rules.chainConfig().blobSchedule());
        return new BlockContext(head.coinbase(), head.number() + 1, head.timestamp() + settings.blockTimeSeconds(),
                settings.gasLimit(), baseFee, head.mixHash(), Eip4844.blobBaseFee(excess, rules.chainConfig().blobSchedule()),
                settings.chainId(), this::blockHash);
    }

    private Hash blockHash(long number) {
        return chain.byNumber(number).map(ChainBlock::hash).orElse(null);
    }

    /** A duration as geth prints it: "5s", "500ms", "1m0s". */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + "ms";
        if (ms % 1000 == 0 && ms < 60_000) return (ms / 1000) + "s";
        if (ms < 60_000) return (ms / 1000.0) + "s";
        long s = ms / 1000;
        return (s / 60) + "m" + (s % 60) + "s";
    }
}
