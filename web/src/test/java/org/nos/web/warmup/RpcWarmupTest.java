package org.nos.web.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RpcWarmupTest {
    private static final long SECOND = 1_000_000_000L;
    private static final String[] PROPERTIES = {"jboss.bind.address", "jboss.http.port", "jboss.socket.binding.port-offset"};

    @AfterEach
    void clear() {
        for (String p : PROPERTIES) System.clearProperty(p);
    }

    @Test
    void postsToTheDefaultHttpListenerWhenNothingIsSet() {
        assertEquals(URI.create("http://127.0.0.1:8080/rpc"), RpcWarmup.endpoint(null));
    }

    @Test
    void followsTheBindAddressPortAndOffsetOfTheServer() {
        System.setProperty("jboss.bind.address", "10.1.2.3");
        System.setProperty("jboss.http.port", "8180");
        System.setProperty("jboss.socket.binding.port-offset", "100");
        assertEquals(URI.create("http://10.1.2.3:8280/rpc"), RpcWarmup.endpoint(""));
    }

    @Test
    void postsToLoopbackWhenTheServerListensEverywhere() {
        System.setProperty("jboss.bind.address", "0.0.0.0");
        assertEquals(URI.create("http://127.0.0.1:8080/rpc"), RpcWarmup.endpoint(null));
        System.setProperty("jboss.bind.address", "::");
        assertEquals(URI.create("http://127.0.0.1:8080/rpc"), RpcWarmup.endpoint(null));
    }

    @Test
    void bracketsAnIpv6BindAddress() {
        System.setProperty("jboss.bind.address", "::1");
        assertEquals(URI.create("http://[::1]:8080/rpc"), RpcWarmup.endpoint(null));
    }

    @Test
    void whileWarmingUpOnlyTheWarmupsOwnRequestsAreAdmitted() {
        RpcWarmup warmup = new RpcWarmup();
        warmup.markReached();
        assertFalse(warmup.admits(null, SECOND));
        assertFalse(warmup.admits("a guess", SECOND));
        assertTrue(warmup.admits(warmup.token(), SECOND));
        assertFalse(warmup.admits(null, 60 * SECOND), "a warm-up that reached the endpoint is waited for");
    }

    @Test
    void clientsAreServedColdWhenTheWarmupCannotReachTheEndpointTheyReach() {
        RpcWarmup warmup = new RpcWarmup();
        long first = 5 * SECOND;
        assertFalse(warmup.admits(null, first));
        assertFalse(warmup.admits(null, first + RpcWarmup.UNREACHED_GRACE_MILLIS * 1_000_000));
        assertTrue(warmup.admits(null, first + RpcWarmup.UNREACHED_GRACE_MILLIS * 1_000_000 + 1));
        assertTrue(warmup.admits(null, first), "open for good");
    }

    @Test
    void aConfiguredUrlWins() {
        System.setProperty("jboss.http.port", "8180");
        assertEquals(URI.create("https://node.example:443/"), RpcWarmup.endpoint(" https://node.example:443/ "));
    }
}
