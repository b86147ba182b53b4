package org.nos.evm.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness as a test, so it can run inside the reactor build without installing anything:
 * {@code mvn -pl protocol,evm -am test -Dtest=BenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}. The evm pom
 * excludes it from ordinary test runs.
 */
class BenchmarkTest {
    @Test
    void everyCaseMatchesExpectedJson() throws Exception {
        List<BenchmarkResult> results = BenchmarkMain.runAll();
        assertTrue(!results.isEmpty() && results.stream().allMatch(BenchmarkResult::ok), "a benchmark check failed");
    }
}
