package org.nos.evm.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Per-category and per-suite tallies of a run, the printed table, and the failure list. */
final class ConformanceReport {
    private final List<VectorResult> results;
    private final Map<String, Tally> byCategory = new LinkedHashMap<>();
    private final Map<String, Suite> suiteOf = new LinkedHashMap<>();
    private final Map<Suite, Tally> bySuite = new LinkedHashMap<>();

    /** {@code results} must already be in the deterministic order of the run (by file, then vector). */
    ConformanceReport(List<VectorResult> results) {
        this.results = List.copyOf(results);
        for (Suite s : Suite.values()) bySuite.put(s, Tally.ZERO);
        List<VectorResult> sorted = new ArrayList<>(results);
        sorted.sort(java.util.Comparator.comparing((VectorResult r) -> r.suite()).thenComparing(VectorResult::category));
        for (VectorResult r : sorted) {
            String key = key(r.suite(), r.category());
            byCategory.merge(key, Tally.ZERO.plus(r), (a, b) -> new Tally(a.passed() + b.passed(), a.total() + b.total()));
            suiteOf.put(key, r.suite());
            bySuite.compute(r.suite(), (s, t) -> t.plus(r));
        }
    }

    private static String key(Suite suite, String category) {
        return suite.label() + " " + category;
    }

    /** Categories in table order, as "suite category" keys. */
    List<String> categories() {
        return List.copyOf(byCategory.keySet());
    }

    Tally category(String key) {
        return byCategory.get(key);
    }

    Tally suite(Suite suite) {
        return bySuite.get(suite);
    }

    List<VectorResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** The table, one line per category and one per suite, ending with the one-line summary. */
    String table() {
        StringBuilder sb = new StringBuilder();
        int width = Math.max(40, byCategory.keySet().stream().mapToInt(String::length).max().orElse(0));
        String row = "%-" + width + "s %7s %7s %8s%n";
        sb.append(String.format(Locale.ROOT, row, "category", "passed", "total", "rate"));
        for (Map.Entry<String, Tally> e : byCategory.entrySet()) appendRow(sb, row, e.getKey(), e.getValue());
        for (Suite s : Suite.values()) appendRow(sb, row, "TOTAL " + s.label(), bySuite.get(s));
        sb.append(summaryLine());
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, String row, String name, Tally t) {
        sb.append(String.format(Locale.ROOT, row, name, t.passed(), t.total(), String.format(Locale.ROOT, "%.2f%%", 100 * t.rate())));
    }

    /** The closing line, e.g. {@code conformance: state 9990/9990 passed, blockchain 1761/1761 passed}. */
    String summaryLine() {
        return "conformance: state " + bySuite.get(Suite.STATE) + " passed, blockchain " + bySuite.get(Suite.BLOCKCHAIN) + " passed";
    }

    /** Writes one line per failing vector: file, vector name, reason. */
    void writeFailures(Path file) {
        StringBuilder sb = new StringBuilder();
        for (VectorResult r : failures()) {
            sb.append(r.file()).append(" :: ").append(r.name()).append(" :: ").append(r.reason().replace('\n', ' ')).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
