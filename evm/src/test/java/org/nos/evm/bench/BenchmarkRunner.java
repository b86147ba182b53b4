package org.nos.evm.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nos.evm.EvmConfig;
import org.nos.evm.processor.BlockContext;
import org.nos.evm.processor.IntrinsicGas;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.LegacyTransaction;
import org.nos.protocol.tx.Transaction;

/**
 * Runs one case: sets up its state (deploying the contract first when it comes as init code), checks one run
 * against the expectation, warms up for {@code warmupMillis}, then times runs for {@code measureMillis}. Every
 * run executes the signed benchmark transaction on a fresh {@link WorldState} over the same committed store, so
 * no run sees another's writes.
 */
final class BenchmarkRunner {
    private final TransactionProcessor processor = new TransactionProcessor(EvmConfig.cancun()
            .withCompileAfterJumps(Integer.getInteger("bench.compileAfterJumps", EvmConfig.LOOP_COMPILE_JUMPS)));
    private final BlockContext block = BenchmarkEnvironment.block();
    private final long warmupMillis;
    private final long measureMillis;

    BenchmarkRunner(long warmupMillis, long measureMillis) {
        this.warmupMillis = warmupMillis;
        this.measureMillis = measureMillis;
    }

    BenchmarkResult run(BenchmarkCase c) {
        InMemoryStateStore store = InMemoryStateStore.fromAlloc(c.pre());
        List<String> problems = new ArrayList<>();
        Expectation e = c.expected();
        if (e == null) problems.add("no entry in expected.json");
        Address target = c.deploys() ? deploy(store, c.initCode(), e, problems) : c.target();
        if (target == null) return new BenchmarkResult(c.name(), "deployment failed", 0, 0, 0, 0);
        Transaction tx = sign(store, target, c.calldata());

        TransactionResult first = once(store, tx);
        TransactionResult frame = processor.call(WorldState.over(store), block, BenchmarkEnvironment.SENDER, target,
                c.calldata(), tx.gasLimit() - IntrinsicGas.of(c.calldata(), false, List.of()), Wei.ZERO, null);
        if (e != null) check(e, first, frame, problems);

        repeat(store, tx, first, warmupMillis);
        List<Double> times = repeat(store, tx, first, measureMillis);
        if (times.stream().anyMatch(t -> t.isNaN())) problems.add("a timed run did not repeat the checked result");
        times.removeIf(t -> t.isNaN());
        Collections.sort(times);
        double median = times.isEmpty() ? 0 : times.get(times.size() / 2);
        return new BenchmarkResult(c.name(), problems.isEmpty() ? null : String.join("; ", problems), frame.gasUsed(),
                first.gasUsed(), times.size(), median);
    }

    /** Deploys {@code initCode} and commits; the contract's address, or null when the deployment failed. */
    private Address deploy(InMemoryStateStore store, Bytes initCode, Expectation e, List<String> problems) {
        WorldState deploying = WorldState.over(store);
        TransactionResult deployed = processor.execute(deploying, block, sign(store, null, initCode), block.gasLimit(), null);
        deploying.commit();
        if (!deployed.success()) return null;
        if (e != null && e.deployTxGasUsed() != null && e.deployTxGasUsed() != deployed.gasUsed()) {
            problems.add("deploy gas " + deployed.gasUsed() + " expected " + e.deployTxGasUsed());
        }
        return deployed.createdContract();
    }

    private static void check(Expectation e, TransactionResult tx, TransactionResult frame, List<String> problems) {
        if (tx.success() != e.success()) problems.add("success " + tx.success());
        if (!tx.output().equals(e.output())) problems.add("output " + abbreviate(tx.output()));
        if (tx.gasUsed() != e.txGasUsed()) problems.add("tx gas " + tx.gasUsed() + " expected " + e.txGasUsed());
        if (frame.gasUsed() != e.execGasUsed()) problems.add("exec gas " + frame.gasUsed() + " expected " + e.execGasUsed());
    }

    /**
     * Runs {@code tx} until {@code millis} have passed (at least once); the duration of each run in ms, or NaN for
     * a run whose gas, status or output differ from {@code reference}.
     */
    private List<Double> repeat(InMemoryStateStore store, Transaction tx, TransactionResult reference, long millis) {
        List<Double> times = new ArrayList<>();
        long deadline = System.nanoTime() + millis * 1_000_000;
        do {
            long start = System.nanoTime();
            TransactionResult r = once(store, tx);
            double ms = (System.nanoTime() - start) / 1e6;
            boolean same = r.gasUsed() == reference.gasUsed() && r.success() == reference.success()
                    && r.output().equals(reference.output());
            times.add(same ? ms : Double.NaN);
        } while (System.nanoTime() < deadline);
        return times;
    }

    private TransactionResult once(InMemoryStateStore store, Transaction tx) {
        return processor.execute(WorldState.over(store), block, tx, block.gasLimit(), null);
    }

    private static Transaction sign(InMemoryStateStore store, Address to, Bytes data) {
        long nonce = WorldState.over(store).getNonce(BenchmarkEnvironment.SENDER);
        return LegacyTransaction.unsigned(nonce, BenchmarkEnvironment.GAS_PRICE, BenchmarkEnvironment.GAS_LIMIT, to,
                Wei.ZERO, data).sign(BenchmarkEnvironment.KEY, BenchmarkEnvironment.CHAIN_ID);
    }

    private static String abbreviate(Bytes b) {
        String hex = b.toHex();
        return hex.length() <= 42 ? hex : hex.substring(0, 42) + "…";
    }
}
