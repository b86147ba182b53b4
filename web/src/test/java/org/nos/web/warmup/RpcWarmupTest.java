package org.nos.web.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RpcWarmupTest {
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
    void aConfiguredUrlWins() {
        System.setProperty("jboss.http.port", "8180");
        assertEquals(URI.create("https://node.example:443/"), RpcWarmup.endpoint(" https://node.example:443/ "));
    }
}
