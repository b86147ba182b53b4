package org.nos.evm.bench;

import java.util.Locale;

/**
 * One measured case: {@code problem} is null when output and gas agree with {@code expected.json}; the timing
 * is the median of the measured runs of the benchmark transaction, and Mgas/s is the frame's gas (before refund,
 * without intrinsic gas, as evmone and geth report it) over that median.
 */
record BenchmarkResult(String name, String problem, long execGas, long txGas, int runs, double medianMillis) {

    boolean ok() {
        return problem == null;
    }

    double mgasPerSecond() {
        return medianMillis <= 0 ? 0 : execGas / (medianMillis * 1000.0);
    }

    String row() {
        return String.format(Locale.ROOT, "%-52s %12d %6d %10.3f %9.1f  %s", name, execGas, runs, medianMillis,
                mgasPerSecond(), ok() ? "ok" : "FAIL " + problem);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-52s %12s %6s %10s %9s  %s", "case", "exec gas", "runs", "median ms", "Mgas/s", "check");
    }
}
