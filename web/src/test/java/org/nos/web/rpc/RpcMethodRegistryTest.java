package org.nos.web.rpc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RpcMethodRegistryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void inMemoryMethodsAreMethodsToo() throws Exception {
        RpcMethodRegistry registry = new RpcMethodRegistry();
        registry.register("slow", params -> "s");
        registry.registerInMemory("fast", params -> "f");
        assertNotNull(registry.method("fast"));
        assertTrue(registry.names().contains("fast"));
        assertTrue(registry.answersInMemory("fast", RpcParams.EMPTY));
        assertFalse(registry.answersInMemory("slow", RpcParams.EMPTY));
        assertFalse(registry.answersInMemory("missing", RpcParams.EMPTY));
        assertThrows(IllegalStateException.class, () -> registry.registerInMemory("slow", params -> "again"));
        assertFalse(registry.answersInMemory("slow", RpcParams.EMPTY), "a rejected registration changes nothing");
    }

    @Test
    void aThrowingConditionMeansNotInMemory() throws Exception {
        RpcMethodRegistry registry = new RpcMethodRegistry();
        registry.registerInMemory("odd", params -> "o", params -> {
            throw new IllegalStateException("no");
        });
        registry.registerInMemory("block", params -> "b", RpcMethod.InMemoryCondition.latestBlockAt(0));
        assertFalse(registry.answersInMemory("odd", RpcParams.EMPTY));
        assertFalse(registry.answersInMemory("block", RpcParams.of(JSON.readTree("[null]"))));
        assertFalse(registry.answersInMemory("block", RpcParams.of(JSON.readTree("[\"pending\"]"))));
        assertTrue(registry.answersInMemory("block", RpcParams.of(JSON.readTree("[\"latest\", true]"))));
    }
}
