package org.nos.evm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceReportTest {
    @TempDir
    Path root;

    private Path touch(String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "{}");
        return p;
    }

    @Test
    void categoriesAreTheFoldersOfTheFixtures() throws IOException {
        touch("state-tests/static/state_tests/stCallCodes/callcall.json");
        touch("state-tests/cancun/eip1153_tstore/test_a.json");
        touch("blockchain-tests/legacy/ValidBlocks/bcExample/basic.json");
        touch("blockchain-tests/eest/cancun/eip4788_beacon_root/test_b.json");
        touch("state-tests/cancun/eip1153_tstore/README.md");

        List<FixtureFile> files = new FixtureDiscovery(root).discover("");

        assertEquals(List.of("blockchain-tests/eest/cancun/eip4788_beacon_root", "blockchain-tests/legacy/ValidBlocks/bcExample",
                "cancun/eip1153_tstore", "static/state_tests/stCallCodes"), files.stream().map(FixtureFile::category).toList());
        assertEquals(1, new FixtureDiscovery(root).discover("bcExample").size());
    }

    @Test
    void theTableEndsWithTheSummaryLineAndCountsFailures() throws IOException {
        FixtureFile state = new FixtureFile(Suite.STATE, "cancun/x", root.resolve("a.json"), "state-tests/cancun/x/a.json");
        FixtureFile chain = new FixtureFile(Suite.BLOCKCHAIN, "blockchain-tests/eest/y", root.resolve("b.json"), "blockchain-tests/eest/y/b.json");
        ConformanceReport report = new ConformanceReport(List.of(VectorResult.pass(state, "s1"), VectorResult.fail(state, "s2", "root"),
                VectorResult.pass(chain, "b1")));

        String[] lines = report.table().split("\n");
        assertEquals("conformance: state 1/2 passed, blockchain 1/1 passed", lines[lines.length - 1]);
        assertEquals(new Tally(1, 2), report.category("state cancun/x"));
        Path failures = root.resolve("out/failures.txt");
        report.writeFailures(failures);
        assertEquals("state-tests/cancun/x/a.json :: s2 :: root\n", Files.readString(failures));
        assertTrue(new Tally(0, 0).rate() == 0, "an empty suite must not pass a gate");
    }
}
