package org.nos.evm.conformance;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the fixtures are and how to run them, from system properties: {@code conformance.dir} (set by the evm
 * pom to {@code ../shared/conformance} beside the repository; without it the folders above the working
 * directory are searched for {@code shared/conformance}), {@code conformance.filter} (a substring of the
 * fixture path, for a partial run), {@code conformance.threads} (default 2) and {@code conformance.out}
 * (where the failure list goes, default {@code target} of the module).
 */
record ConformanceSettings(Path dir, String filter, int threads, Path outDir) {

    static ConformanceSettings fromSystemProperties() {
        String filter = System.getProperty("conformance.filter", "");
        int threads = Integer.getInteger("conformance.threads", 2);
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path out = Path.of(System.getProperty("conformance.out", base.resolve("target").toString()));
        return new ConformanceSettings(locateDir(), filter, threads, out);
    }

    private static Path locateDir() {
        String configured = System.getProperty("conformance.dir");
        if (configured != null && !configured.isBlank()) return Path.of(configured).toAbsolutePath().normalize();
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("conformance");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("no conformance fixtures: set -Dconformance.dir or put shared/conformance beside the repository");
    }
}
