package org.nos.evm.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nos.evm.EvmConfig;

/**
 * The state tests again, with every frame run by the EVM-to-JVM compiler from its first opcode
 * ({@link EvmConfig#compileAfterJumps()} 0) rather than only long loops, so that the compiled code meets every
 * opcode, fault and gas edge the suite holds. Prints its own summary line; the failures go to
 * target/conformance-compiled-failures.txt.
 */
class CompiledConformanceTest {
    @Test
    void stateTestsPassWithEveryFrameCompiled() {
        ConformanceSettings settings = ConformanceSettings.fromSystemProperties();
        List<FixtureFile> files = new FixtureDiscovery(settings.dir()).discover(settings.filter()).stream()
                .filter(f -> f.suite() == Suite.STATE).toList();
        StateTestRunner compiled = new StateTestRunner(EvmConfig.cancun().withCompileAfterJumps(0));
        List<VectorResult> results = new ConformanceRun(Map.of(Suite.STATE, compiled), settings.threads()).run(files);
        ConformanceReport report = new ConformanceReport(results);
        report.writeFailures(settings.outDir().resolve("conformance-compiled-failures.txt"));
        Tally t = report.suite(Suite.STATE);
        System.out.println("conformance, every frame compiled: state " + t.passed() + "/" + t.total() + " passed");
        assertTrue(t.rate() >= ConformanceTest.STATE_GATE,
                "compiled state tests passed " + t + ", the bar is " + 100 * ConformanceTest.STATE_GATE + "%");
    }
}
