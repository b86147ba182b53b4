package org.nos.arquillian.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nos.arquillian.NosEar;

/**
 * The ethers v6 script e2e/e2e.mjs (see e2e/README.md) against the deployed EAR: {@code node e2e.mjs <base>/rpc}
 * must exit with 0 and close with {@code e2e: N passed, 0 failed, 0 skipped}. The build runs {@code npm ci
 * --omit=dev} in e2e/ before the integration tests; its output goes to this test's log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EthersScriptIT {
    private static final long TIMEOUT_MINUTES = 5;
    private static final Pattern SUMMARY = Pattern.compile("e2e: (\\d+) passed, (\\d+) failed, (\\d+) skipped");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @ArquillianResource
    URL base;

    @Test
    void ethersScriptPasses() throws Exception {
        File dir = new File(System.getProperty("nos.e2e.dir", "../e2e")).getCanonicalFile();
        assertTrue(new File(dir, "node_modules/ethers").isDirectory(), "ethers is not installed in " + dir + " (npm ci --omit=dev)");
        String rpc = base.toExternalForm().replaceAll("/+$", "") + "/rpc";

        Process node = new ProcessBuilder("node", "e2e.mjs", rpc, "--max-time", String.valueOf(TIMEOUT_MINUTES * 60 - 30))
                .directory(dir).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    System.out.println("[e2e] " + line);
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (java.io.IOException e) {
                System.out.println("[e2e] output closed: " + e);
            }
        }, "e2e-output");
        pump.start();
        boolean exited = node.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!exited) {
            node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        pump.join(10_000);
        assertTrue(exited, "node e2e.mjs " + rpc + " still running after " + TIMEOUT_MINUTES + " minutes");

        String last;
        synchronized (lines) {
            last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        }
        Matcher summary = SUMMARY.matcher(last);
        assertTrue(summary.matches(), "last line is not the e2e summary: '" + last + "'");
        assertEquals("0", summary.group(2), last);
        assertEquals("0", summary.group(3), last);
        assertTrue(Integer.parseInt(summary.group(1)) > 0, last);
        assertEquals(0, node.exitValue(), "exit code of node e2e.mjs " + rpc);
    }
}
