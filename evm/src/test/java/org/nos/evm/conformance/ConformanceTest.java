package org.nos.evm.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The Ethereum conformance suites in one JVM. Every vector is run once, before the tests; then one dynamic test
 * per category asserts that the category passes at least {@value #CATEGORY_BAR}, and two gate tests hold the
 * acceptance bar over all vectors. The table, the failure list (target/conformance-failures.txt) and, as the
 * last line, the summary are printed at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformanceTest {
    static final double CATEGORY_BAR = 0.95;
    static final double STATE_GATE = 0.995;
    static final double BLOCKCHAIN_GATE = 0.99;

    private ConformanceReport report;
    private long millis;

    @BeforeAll
    void runEverything() {
        ConformanceSettings settings = ConformanceSettings.fromSystemProperties();
        List<FixtureFile> files = new FixtureDiscovery(settings.dir()).discover(settings.filter());
        Map<Suite, FixtureRunner> runners = Map.of(Suite.STATE, new StateTestRunner(), Suite.BLOCKCHAIN, new BlockchainTestRunner());
        long start = System.nanoTime();
        List<VectorResult> results = new ConformanceRun(runners, settings.threads()).run(files);
        millis = (System.nanoTime() - start) / 1_000_000;
        report = new ConformanceReport(results);
        report.writeFailures(settings.outDir().resolve("conformance-failures.txt"));
    }

    @TestFactory
    Stream<DynamicTest> eachCategoryPasses() {
        return report.categories().stream().map(key -> DynamicTest.dynamicTest(key, () -> {
            Tally t = report.category(key);
            assertTrue(t.rate() >= CATEGORY_BAR, key + " passed only " + t + " (see target/conformance-failures.txt)");
        }));
    }

    @Test
    void stateTestsMeetTheGate() {
        Tally t = report.suite(Suite.STATE);
        assertTrue(t.rate() >= STATE_GATE, "state tests passed " + t + ", the bar is " + 100 * STATE_GATE + "%");
    }

    @Test
    void blockchainTestsMeetTheGate() {
        Tally t = report.suite(Suite.BLOCKCHAIN);
        assertTrue(t.rate() >= BLOCKCHAIN_GATE, "blockchain tests passed " + t + ", the bar is " + 100 * BLOCKCHAIN_GATE + "%");
    }

    @AfterAll
    void printTable() {
        if (report == null) return;
        System.out.println("conformance run took " + millis + " ms; failures listed in target/conformance-failures.txt");
        System.out.print(report.table());
        System.out.println();
        System.out.flush();
    }
}
