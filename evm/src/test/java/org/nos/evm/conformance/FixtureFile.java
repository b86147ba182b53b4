package org.nos.evm.conformance;

import java.nio.file.Path;

/**
 * One fixture JSON file and the category it is counted under: for state tests the folder below
 * {@code state-tests/} (e.g. {@code cancun/eip1153_tstore}), for blockchain tests the folder below the
 * conformance root (e.g. {@code blockchain-tests/legacy/ValidBlocks/bcStateTests}).
 */
record FixtureFile(Suite suite, String category, Path path, String relativePath) {}
