package org.nos.evm.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nos.evm.EvmConfig;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/**
 * The EVM author's quick speed check over the ipsilon benchmark contracts (the real benchmarks live elsewhere).
 * Runs only with {@code -Dbench=<substring of the test name>}; prints the best time of several runs and whether the
 * output matches {@code expected.json}.
 */
class BenchmarkSmokeTest {
    private static final String DIR = "/work/shared/conformance/benchmarks/";

    @Test
    void run() throws IOException {
        String filter = System.getProperty("bench");
        Assumptions.assumeTrue(filter != null && new File(DIR).isDirectory());
        ObjectMapper json = new ObjectMapper();
        JsonNode expected = json.readTree(new File(DIR + "expected.json")).get("ipsilon-evm-benchmarks");
        TransactionProcessor processor = new TransactionProcessor(EvmConfig.cancun());
        BlockContext block = new BlockContext(Address.ZERO, 1, 1000, 1_000_000_000L, Wei.of(7), Hash.ZERO, Wei.of(1), 1,
                n -> null);
        Address sender = Address.fromHex("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
        Address contract = Address.fromHex("0xbe7c43a580000000000000000000000000000001");
        for (JsonNode e : expected) {
            String name = e.get("test").asText() + "/" + e.get("label").asText();
            if (!name.contains(filter)) continue;
            JsonNode test = json.readTree(new File(DIR + e.get("file").asText())).elements().next();
            Bytes data = Bytes.fromHex(test.get("transaction").get("data").get(e.get("data_index").asInt()).asText());
            InMemoryStateStore store = InMemoryStateStore.fromAlloc(StateTestSmokeTest.alloc(test.get("pre")));
            long[] times = new long[Integer.getInteger("runs", 10)];
            TransactionResult r = null;
            for (int i = 0; i < times.length; i++) {
                WorldState state = WorldState.over(store);
                long t0 = System.nanoTime();
                r = processor.call(state, block, sender, contract, data, 1_000_000_000L, Wei.ZERO, null);
                times[i] = System.nanoTime() - t0;
            }
            Arrays.sort(times);
            boolean ok = r.output().toHex().equals(e.get("output").asText());
            System.out.printf("%-40s best %8.2f ms  median %8.2f ms  gas %10d (exec want %10d)  %s%n", name,
                    times[0] / 1e6, times[times.length / 2] / 1e6, r.gasUsed(), e.get("exec_gas_used").asLong(),
                    ok ? "ok" : "WRONG OUTPUT");
        }
    }
}
