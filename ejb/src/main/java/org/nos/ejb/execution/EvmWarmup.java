package org.nos.ejb.execution;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nos.ejb.chain.ChainRules;
import org.nos.ejb.config.NodeSettings;
import org.nos.ejb.contracts.ContractArtifact;
import org.nos.ejb.sequencer.SealingRehearsal;
import org.nos.evm.interpreter.OpcodeTour;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;

/**
 * Warms the JIT at deployment. The JVM runs the EVM interpreted until its compiler has seen enough of it, which
 * made a fresh node's first heavy {@code eth_call}s two to three times slower than later ones. So, right after the
 * chain is loaded, a managed thread runs {@code contracts/src/JitWarmup.sol} {@code nos.evm.warmup-calls} times
 * through {@link CallService}, the path eth_call takes, with the contract's code laid over an unused address by a
 * state override: nothing is deployed, sealed or stored. Each time it also runs the {@link OpcodeTour}, so that the
 * compiled interpreter has seen every opcode and both ways of its branches; before, the first deployment after
 * start-up sent it back to slower code. Then the same thread runs a {@link SealingRehearsal} of
 * {@code nos.sequencer.warmup-transactions} transactions, for the pool's and the sealer's methods. Deployment does not
 * wait for either, and requests are served meanwhile.
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

    @Inject
    CallService calls;

    @Inject
    NodeSettings settings;

    @Inject
    ChainRules rules;

    @Resource
    ManagedExecutorService executor;

    private volatile boolean stopping;

    @PostConstruct
    void start() {
        int calls = settings.evmWarmupCalls();
        long transactions = settings.sequencerWarmupTransactions();
        if (calls > 0 || transactions > 0) {
            executor.submit(() -> {
                if (calls > 0) warmUp(calls);
                if (transactions > 0) rehearseSealing(transactions);
            });
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
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
            while (done < n && !stopping) {
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
            SealingRehearsal.Summary done = rehearsal.run(transactions, () -> stopping);
            LOG.info(String.format("Sequencer warm-up: %d transactions (%d token transfers) in %d scratch blocks in %d ms",
                    done.transactions(), done.tokenTransfers(), done.blocks(), (System.nanoTime() - start) / 1_000_000));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sequencer warm-up stopped: " + e.getMessage(), e);
        }
    }

    /** The runtime code from the compiled artifact that contracts/ checks against its source. */
    static Bytes runtimeCode() {
        return ContractArtifact.load("JitWarmup").deployedBytecode();
    }
}
