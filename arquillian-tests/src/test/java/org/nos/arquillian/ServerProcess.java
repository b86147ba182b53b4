package org.nos.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.ContainerController;

/** This run's WildFly JVM (the one with this run's base directory), as an operating system process. */
public final class ServerProcess {

    private ServerProcess() {
    }

    /** Sends SIGKILL and returns once the JVM is gone: no shutdown hook, no @PreDestroy runs. */
    public static void killNine() {
        ProcessHandle server = find();
        assertTrue(server.destroyForcibly(), "SIGKILL sent");
        server.onExit().join(); // SIGKILL cannot be ignored: the JVM exits, and the next start must not race it
    }

    /**
     * kill -9 of the server, then the container starts again (the EAR redeploys at boot) and the node answers
     * JSON-RPC.
     */
    public static void killNineAndRestart(ContainerController controller, String container) {
        killNine();
        controller.kill(container);
        controller.start(container);
        NosNode.await(Duration.ofSeconds(120), "the node answering after the restart", () -> NosNode.blockNumber() >= 0);
    }

    /** The server log of this run's base directory. */
    public static String log() {
        try {
            return Files.readString(baseDir().resolve("log").resolve("server.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path baseDir() {
        return Path.of(System.getProperty("nos.base.dir"));
    }

    private static ProcessHandle find() {
        String baseDir = baseDir().toString();
        List<ProcessHandle> found = ProcessHandle.allProcesses().filter(p -> {
            String cmd = String.join(" ", p.info().arguments().orElse(new String[0]));
            return cmd.contains("jboss-modules.jar") && cmd.contains("-Djboss.server.base.dir=" + baseDir);
        }).toList();
        assertEquals(1, found.size(), "one WildFly JVM with base dir " + baseDir + ": " + found);
        return found.get(0);
    }
}
