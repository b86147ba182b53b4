package org.nos.evm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every benchmark case and prints one line per case: exec gas, runs, median ms, Mgas/s and the check
 * against {@code expected.json}. Exits 1 when a check fails. Settings (system properties): {@code bench.dir}
 * (default {@code shared/conformance/benchmarks} found above the working directory), {@code bench.filter}
 * (substring of the case name), {@code bench.warmupMs} (default 1000) and {@code bench.measureMs} (default 2000).
 */
public final class BenchmarkMain {
    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        List<BenchmarkResult> results = runAll();
        if (!results.stream().allMatch(BenchmarkResult::ok)) System.exit(1);
    }

    /** Runs the selected cases and prints the table; returns the results. */
    static List<BenchmarkResult> runAll() throws Exception {
        Path dir = locate();
        String filter = System.getProperty("bench.filter", "");
        BenchmarkRunner runner = new BenchmarkRunner(Long.getLong("bench.warmupMs", 1000), Long.getLong("bench.measureMs", 2000));
        System.out.println("benchmarks from " + dir);
        System.out.println(BenchmarkResult.header());
        List<BenchmarkResult> results = new ArrayList<>();
        for (BenchmarkCase c : new BenchmarkCases(dir).load()) {
            if (!c.name().contains(filter)) continue;
            BenchmarkResult r = runner.run(c);
            results.add(r);
            System.out.println(r.row());
        }
        long failed = results.stream().filter(r -> !r.ok()).count();
        System.out.println("benchmarks: " + (results.size() - failed) + " passed, " + failed + " failed");
        return results;
    }

    private static Path locate() {
        String configured = System.getProperty("bench.dir");
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/conformance/benchmarks");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("no benchmarks: set -Dbench.dir or put shared/conformance beside the repository");
    }
}
