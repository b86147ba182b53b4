package org.nos.evm.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs fixture files on a fixed pool of threads. The interpreter keeps its 1024 possible call frames on the heap,
 * not the Java stack, but the threads still get a generous stack so that no deep recursion elsewhere (trie,
 * precompiles) can make a result depend on the JVM's default. Files are started largest first for balance; results come
 * back in file order, so the outcome does not depend on scheduling.
 */
final class ConformanceRun {
    private static final long STACK_BYTES = 64L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Suite, FixtureRunner> runners;
    private final int threads;

    ConformanceRun(Map<Suite, FixtureRunner> runners, int threads) {
        this.runners = runners;
        this.threads = threads;
    }

    List<VectorResult> run(List<FixtureFile> files) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, bigStackThreads());
        try {
            List<FixtureFile> bySize = new ArrayList<>(files);
            bySize.sort(Comparator.comparingLong((FixtureFile f) -> f.path().toFile().length()).reversed()
                    .thenComparing(FixtureFile::relativePath));
            Map<FixtureFile, Future<List<VectorResult>>> futures = new java.util.HashMap<>();
            for (FixtureFile f : bySize) futures.put(f, pool.submit(() -> runFile(f)));
            List<VectorResult> results = new ArrayList<>();
            for (FixtureFile f : files) results.addAll(await(f, futures.get(f)));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<VectorResult> runFile(FixtureFile file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.path().toFile());
        } catch (Exception e) {
            return List.of(VectorResult.fail(file, "(file)", "unreadable JSON: " + VectorResult.describe(e)));
        }
        try {
            return runners.get(file.suite()).run(file, root);
        } catch (Throwable t) {
            return List.of(VectorResult.error(file, "(file)", t));
        }
    }

    private static List<VectorResult> await(FixtureFile file, Future<List<VectorResult>> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return List.of(VectorResult.error(file, "(file)", e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static ThreadFactory bigStackThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "conformance-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
