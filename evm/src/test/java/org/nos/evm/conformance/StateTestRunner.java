package org.nos.evm.conformance;

import static org.nos.evm.conformance.JsonHex.required;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nos.evm.EvmConfig;
import org.nos.evm.processor.BlockContext;
import org.nos.evm.processor.InvalidTransactionException;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.InMemoryStateStore.AllocAccount;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.Log;
import org.nos.protocol.tx.Transaction;

/**
 * Runs state tests: each {@code post.Cancun} entry is one vector. The transaction is the decoded {@code txbytes}
 * (what a node receives); its recovered sender must be {@code transaction.sender} and its fields the ones the
 * indexes select. A valid transaction is applied to {@code pre} and the state root and logs hash compared; one
 * with {@code expectException} must be rejected and leave the root of {@code pre}.
 */
final class StateTestRunner implements FixtureRunner {
    private static final String FORK = "Cancun";
    private final TransactionProcessor processor;

    StateTestRunner() {
        this(EvmConfig.cancun());
    }

    /** A runner with other EVM settings (see {@link CompiledConformanceTest}). */
    StateTestRunner(EvmConfig config) {
        this.processor = new TransactionProcessor(config);
    }

    @Override
    public List<VectorResult> run(FixtureFile file, JsonNode root) {
        List<VectorResult> results = new ArrayList<>();
        for (Map.Entry<String, JsonNode> test : root.properties()) {
            results.addAll(runTest(file, test.getKey(), test.getValue()));
        }
        return results;
    }

    private List<VectorResult> runTest(FixtureFile file, String name, JsonNode test) {
        JsonNode post = test.path("post").get(FORK);
        if (post == null || !post.isArray() || post.isEmpty()) {
            return List.of(VectorResult.fail(file, name, "no " + FORK + " post entries"));
        }
        List<VectorResult> results = new ArrayList<>();
        Map<Address, AllocAccount> pre;
        BlockContext block;
        try {
            pre = AllocJson.parse(required(test, "pre"));
            block = StateTestEnv.block(required(test, "env"), test.path("config"));
        } catch (RuntimeException e) {
            for (int i = 0; i < post.size(); i++) results.add(VectorResult.error(file, vectorName(name, post, i), e));
            return results;
        }
        for (int i = 0; i < post.size(); i++) {
            String vector = vectorName(name, post, i);
            try {
                String failure = runVector(test, pre, block, post.get(i));
                results.add(failure == null ? VectorResult.pass(file, vector) : VectorResult.fail(file, vector, failure));
            } catch (Throwable t) {
                results.add(VectorResult.error(file, vector, t));
            }
        }
        return results;
    }

    private static String vectorName(String test, JsonNode post, int i) {
        if (post.size() == 1) return test;
        JsonNode ix = post.get(i).path("indexes");
        return test + " [d" + ix.path("data").asInt() + " g" + ix.path("gas").asInt() + " v" + ix.path("value").asInt() + "]";
    }

    /** Null when the vector passes, else why not. */
    private String runVector(JsonNode test, Map<Address, AllocAccount> pre, BlockContext block, JsonNode post) {
        InMemoryStateStore store = InMemoryStateStore.fromAlloc(pre);
        Hash expectedRoot = JsonHex.hash(required(post, "hash"));
        Hash expectedLogs = JsonHex.hash(required(post, "logs"));
        boolean mustReject = post.has("expectException");
        JsonNode txJson = required(test, "transaction");

        Transaction tx;
        try {
            tx = Transaction.decode(JsonHex.bytes(required(post, "txbytes")).toArray());
            Address sender = tx.sender();
            Address expectedSender = JsonHex.address(required(txJson, "sender"));
            if (!sender.equals(expectedSender)) return "recovered sender " + sender + " is not " + expectedSender;
            String mismatch = StateTestEnv.fieldMismatch(tx, txJson, post.path("indexes"));
            if (mismatch != null) return "txbytes do not match the indexed transaction: " + mismatch;
        } catch (RuntimeException e) {
            if (!mustReject) return "txbytes rejected: " + VectorResult.describe(e);
            return rootIs(store, expectedRoot, "after rejecting undecodable txbytes");
        }

        WorldState state = WorldState.over(store);
        TransactionResult result;
        try {
            result = processor.execute(state, block, tx, block.gasLimit(), null);
        } catch (InvalidTransactionException e) {
            if (!mustReject) return "valid transaction rejected: " + e.reason();
            state.commit(); // whatever a rejected transaction left behind would now reach the store and its root
            return rootIs(store, expectedRoot, "after rejecting the transaction");
        }
        if (mustReject) return "accepted a transaction that must be rejected (" + post.get("expectException").asText() + ")";
        state.commit();
        String rootFailure = rootIs(store, expectedRoot, "");
        if (rootFailure != null) return rootFailure;
        Hash logs = Log.logsHash(result.logs());
        return logs.equals(expectedLogs) ? null : "logs hash " + logs + ", expected " + expectedLogs;
    }

    private static String rootIs(InMemoryStateStore store, Hash expected, String when) {
        Hash root = store.stateRoot();
        return root.equals(expected) ? null : "state root " + root + ", expected " + expected + (when.isEmpty() ? "" : " " + when);
    }

    /** BLOCKHASH in state tests: keccak256 of the block number written in decimal, as the reference tools do. */
    static Hash testBlockHash(long number) {
        return Hash.keccak(Long.toString(number).getBytes(StandardCharsets.US_ASCII));
    }
}
