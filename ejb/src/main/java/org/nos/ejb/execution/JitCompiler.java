package org.nos.ejb.execution;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/** The JVM's JIT compiler, as the start-up warm-ups wait for it. */
public final class JitCompiler {
    private static final long POLL_MILLIS = 250;
    /** Compile time per poll under which the compiler counts as idle: a tenth of the poll. */
    private static final long IDLE_COMPILE_MILLIS = POLL_MILLIS / 10;

    private JitCompiler() {
    }

    /**
     * Waits until the compiler threads worked less than a tenth of a quarter second, so that what a warm-up queued is
     * compiled, at most {@code maxMillis}. Returns the milliseconds waited; 0 when the JVM does not report compile
     * time.
     */
    public static long awaitIdle(long maxMillis) {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) return 0;
        long start = System.nanoTime();
        long previous = compiler.getTotalCompilationTime();
        long waited = 0;
        try {
            while (waited < maxMillis) {
                Thread.sleep(POLL_MILLIS);
                waited = (System.nanoTime() - start) / 1_000_000;
                long total = compiler.getTotalCompilationTime();
                if (total - previous < IDLE_COMPILE_MILLIS) break;
                previous = total;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return waited;
    }
}
