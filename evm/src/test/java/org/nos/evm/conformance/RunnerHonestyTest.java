package org.nos.evm.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The runners must fail a vector whose expectation is wrong: each test takes a real fixture, checks that it
 * passes, breaks one expectation in memory, and checks that the vector now fails.
 */
class RunnerHonestyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FixtureDiscovery discovery = new FixtureDiscovery(ConformanceSettings.fromSystemProperties().dir());

    private FixtureFile first(Suite suite, String filter) {
        return discovery.discover(filter).stream().filter(f -> f.suite() == suite).findFirst().orElseThrow();
    }

    /** The first test of {@code file}, alone in a fixture object, after {@code edit}. */
    private static ObjectNode firstTest(FixtureFile file, Consumer<ObjectNode> edit) throws IOException {
        JsonNode root = JSON.readTree(file.path().toFile());
        Map.Entry<String, JsonNode> test = root.properties().iterator().next();
        ObjectNode copy = (ObjectNode) test.getValue().deepCopy();
        edit.accept(copy);
        ObjectNode out = JSON.createObjectNode();
        out.set(test.getKey(), copy);
        return out;
    }

    private static boolean allPass(List<VectorResult> results) {
        return !results.isEmpty() && results.stream().allMatch(VectorResult::passed);
    }

    private static ObjectNode firstPost(ObjectNode test) {
        return (ObjectNode) test.get("post").get("Cancun").get(0);
    }

    @Test
    void aStateVectorWithAWrongRootOrLogsHashFails() throws IOException {
        FixtureFile file = first(Suite.STATE, "cancun/eip1153_tstore");
        StateTestRunner runner = new StateTestRunner();
        assertTrue(allPass(runner.run(file, firstTest(file, t -> {}))));
        String zero = "0x" + "00".repeat(32);
        assertFalse(allPass(runner.run(file, firstTest(file, t -> firstPost(t).put("hash", zero)))));
        assertFalse(allPass(runner.run(file, firstTest(file, t -> firstPost(t).put("logs", zero)))));
        assertFalse(allPass(runner.run(file, firstTest(file, t -> firstPost(t).put("expectException", "TransactionException.X")))));
        assertFalse(allPass(runner.run(file, firstTest(file, t -> ((ObjectNode) t.get("transaction"))
                .put("sender", "0x00000000000000000000000000000000000000ff")))));
    }

    @Test
    void aBlockchainTestWithAWrongHeadOrPostStateFails() throws IOException {
        FixtureFile file = first(Suite.BLOCKCHAIN, "eest/cancun/eip1153");
        BlockchainTestRunner runner = new BlockchainTestRunner();
        assertTrue(allPass(runner.run(file, firstTest(file, t -> {}))));
        assertFalse(allPass(runner.run(file, firstTest(file, t -> t.put("lastblockhash", "0x" + "00".repeat(32))))));
        assertFalse(allPass(runner.run(file, firstTest(file, t -> {
            t.remove("postState");
            t.put("postStateHash", "0x" + "00".repeat(32));
        }))));
        assertFalse(allPass(runner.run(file, firstTest(file, t -> ((ObjectNode) t.get("blocks").get(0))
                .put("expectException", "BlockException.X")))));
    }

    @Test
    void aBlockThatMustBeRejectedFailsTheTestWhenItsExpectationIsDropped() throws IOException {
        FixtureFile file = first(Suite.BLOCKCHAIN, "InvalidBlocks/bcInvalidHeaderTest");
        BlockchainTestRunner runner = new BlockchainTestRunner();
        assertTrue(allPass(runner.run(file, firstTest(file, t -> {}))));
        assertFalse(allPass(runner.run(file, firstTest(file, t -> {
            for (JsonNode b : t.get("blocks")) ((ObjectNode) b).remove("expectException");
        }))));
    }
}
