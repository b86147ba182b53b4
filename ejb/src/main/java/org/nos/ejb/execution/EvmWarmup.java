package org.nos.ejb.execution;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nos.ejb.chain.ChainRules;
import org.nos.ejb.config.NodeSettings;
import org.nos.ejb.contracts.ContractArtifact;
import org.nos.ejb.sequencer.SealingRehearsal;
import org.nos.ejb.sequencer.StorageRehearsal;
import org.nos.evm.interpreter.OpcodeTour;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;

/**
 * Warms the JIT before the node takes its first request. The JVM interprets a method until it has run some thousands
 * of times: a fresh node's first heavy {@code eth_call}s ran two to three times slower than later ones, and its
 * first 20,000 transactions went at half speed while the compiler took a core. So, once the chain is loaded and
 * before the deployment completes (WildFly serves no request until then, and sealing starts after it):
 * <ol>
 * <li>a {@link SealingRehearsal} seals {@code nos.sequencer.warmup-transactions} transactions on a scratch chain
 * in memory, for the pool's and the sealer's methods, and stores each of its blocks in the node's tables in a
 * transaction it rolls back ({@link StorageRehearsal}), for the database's;</li>
 * <li>{@code contracts/src/JitWarmup.sol} runs {@code nos.evm.warmup-calls} times through {@link CallService}, the
 * path eth_call takes, with the contract's code laid over an unused address by a state override, each time followed
 * by the {@link OpcodeTour}, so that the compiled interpreter has seen every opcode and both ways of its branches
 * (else the first contract deployment sent it back to slower code). This comes second: the rehearsal's block
 * execution sends the interpreter's compiled code back to be compiled again, and eth_call must find it compiled;</li>
 * <li>it waits, at most {@value #COMPILER_WAIT_MILLIS} ms, for the compiler to finish what they queued.</li>
 * </ol>
 * The HTTP path, which only real requests warm, comes after the deployment (the web module's RpcWarmup).
 * Nothing is deployed, sealed or kept. The whole takes 7-12 s of one core, within {@value #BUDGET_MILLIS} ms, of
 * which the rehearsal may take two thirds: a part still running at its end stops where it is. A failure is logged
 * and the node starts cold.
 */
@Singleton
@Startup
@DependsOn("ChainBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvmWarmup {
    private static final Logger LOG = Logger.getLogger(EvmWarmup.class.getName());
    /** Where the warm-up code is laid: "WARM" in ASCII, an address no key controls. */
    static final Address ADDRESS = Address.fromHex("0x000000000000000000000000000000005741524d");
    /** Where the {@link OpcodeTour} is laid: "TOUR" in ASCII. */
    static final Address TOUR_ADDRESS = Address.fromHex("0x00000000000000000000000000000000544f5552");
    /** {@code run(400)}: about 2.3M gas of arithmetic, hashing, storage, a log and a nested call. */
    static final Bytes RUN_400 = Bytes.fromHex("0xa444f5e9" + "0".repeat(61) + "190");
    static final long BUDGET_MILLIS = 30_000;
    static final long COMPILER_WAIT_MILLIS = 5_000;

    @Inject
    CallService calls;

    @Inject
    NodeSettings settings;

    @Inject
    ChainRules rules;

    @EJB
    StorageRehearsal storage;

    private long deadline;
    private long rehearsalDeadline;

    @PostConstruct
    void start() {
        int calls = settings.evmWarmupCalls();
        long transactions = settings.sequencerWarmupTransactions();
        if (calls <= 0 && transactions <= 0) return;
        long start = System.nanoTime();
        deadline = start + BUDGET_MILLIS * 1_000_000;
        rehearsalDeadline = start + BUDGET_MILLIS * 1_000_000 * 2 / 3;
        if (transactions > 0) rehearseSealing(transactions);
        if (calls > 0) warmUp(calls);
        LOG.info("JIT compiler idle after " + JitCompiler.awaitIdle(COMPILER_WAIT_MILLIS) + " ms");
    }

    private boolean outOfTime() {
        return System.nanoTime() - deadline > 0;
    }

    private void warmUp(int n) {
        long start = System.nanoTime();
        try {
            WorldState.initializeJournalClasses(); // before anything is compiled, see there
            StateOverrides code = new StateOverrides(Map.of(
                    ADDRESS, new AccountOverride(null, null, runtimeCode(), null, null),
                    TOUR_ADDRESS, new AccountOverride(null, null, Bytes.wrap(OpcodeTour.code(rules.evmConfig().fork())), null, null)));
            CallRequest request = CallRequest.of(Address.ZERO, ADDRESS, RUN_400);
            CallRequest tour = CallRequest.of(Address.ZERO, TOUR_ADDRESS, Bytes.EMPTY);
            long gas = 0;
            int done = 0;
            while (done < n && !outOfTime()) {
                gas += calls.call(request, CallService.PENDING, code).gasUsed();
                gas += calls.call(tour, CallService.PENDING, code).gasUsed(); // every opcode, both ways where it can
                done++;
            }
            LOG.info(String.format("EVM warm-up: %d calls, %.0fM gas in %d ms", done, gas / 1e6,
                    (System.nanoTime() - start) / 1_000_000));
        } catch (CallException | RuntimeException e) {
            // the node works without it, only its first calls are slower
            LOG.log(Level.WARNING, "EVM warm-up stopped: " + e.getMessage(), e);
        }
    }

    private void rehearseSealing(long transactions) {
        long start = System.nanoTime();
        try {
            SealingRehearsal rehearsal = new SealingRehearsal(rules.executor(), settings.poolConfig(),
                    ContractArtifact.load("NosToken").bytecode());
            StoreRehearsedBlocks store = new StoreRehearsedBlocks();
            SealingRehearsal.Summary done = rehearsal.run(transactions,
                    () -> System.nanoTime() - rehearsalDeadline > 0, store);
            LOG.info(String.format(
                    "Sequencer warm-up: %d transactions (%d token transfers) in %d scratch blocks, %d stored and"
                            + " rolled back, in %d ms",
                    done.transactions(), done.tokenTransfers(), done.blocks(), store.stored,
                    (System.nanoTime() - start) / 1_000_000));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sequencer warm-up stopped: " + e.getMessage(), e);
        }
    }

    /** Stores each rehearsed block and rolls it back, until one fails: the rehearsal then goes on without it. */
    private final class StoreRehearsedBlocks implements Consumer<SealingRehearsal.RehearsedBlock> {
        int stored;
        boolean failed;

        @Override
        public void accept(SealingRehearsal.RehearsedBlock block) {
            if (failed) return;
            try {
                storage.storeAndRollBack(block);
                stored++;
            } catch (RuntimeException e) {
                failed = true;
                LOG.warning("Storage rehearsal stopped: " + e);
            }
        }
    }

    /** The runtime code from the compiled artifact that contracts/ checks against its source. */
    static Bytes runtimeCode() {
        return ContractArtifact.load("JitWarmup").deployedBytecode();
    }
}
