package org.nos.evm.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds every fixture file under the conformance directory, in a fixed order. */
final class FixtureDiscovery {
    private final Path root;

    FixtureDiscovery(Path root) {
        this.root = root;
    }

    /** All JSON files of both suites whose relative path contains {@code filter} (empty: all), sorted by path. */
    List<FixtureFile> discover(String filter) {
        List<FixtureFile> files = new ArrayList<>();
        for (Suite suite : Suite.values()) {
            Path base = root.resolve(suite.folder());
            if (!Files.isDirectory(base)) throw new IllegalStateException("no fixture folder " + base);
            try (Stream<Path> walk = Files.walk(base)) {
                walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                        .map(p -> toFixture(suite, base, p))
                        .filter(f -> filter.isEmpty() || f.relativePath().contains(filter))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.sort(Comparator.comparing(FixtureFile::relativePath));
        return files;
    }

    private FixtureFile toFixture(Suite suite, Path base, Path file) {
        String relative = slashed(root.relativize(file));
        Path folder = base.relativize(file).getParent();
        String sub = folder == null ? "" : slashed(folder);
        String category = suite == Suite.STATE ? sub : suite.folder() + (sub.isEmpty() ? "" : "/" + sub);
        return new FixtureFile(suite, category, file, relative);
    }

    private static String slashed(Path p) {
        return p.toString().replace('\\', '/');
    }
}
