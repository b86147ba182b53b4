package org.nos.web.rpc;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** All JSON-RPC methods by name, collected once at start-up from the {@link RpcNamespace} beans. */
@ApplicationScoped
public class RpcMethodRegistry {

    @Inject
    @Any
    Instance<RpcNamespace> namespaces;

    private final Map<String, RpcMethod> methods = new HashMap<>();
    private final Map<String, RpcMethod.InMemoryCondition> inMemory = new HashMap<>();

    @PostConstruct
    void collect() {
        namespaces.forEach(namespace -> namespace.register(this));
    }

    /** Adds a method; a name may be registered only once. */
    public void register(String name, RpcMethod method) {
        if (methods.putIfAbsent(name, method) != null) {
            throw new IllegalStateException("JSON-RPC method registered twice: " + name);
        }
    }

    /**
     * Adds a method that answers from in-memory state only (the chain head, settings, constants): the HTTP
     * fast path may run it on an IO thread when a request consists of such calls only.
     */
    public void registerInMemory(String name, RpcMethod method) {
        registerInMemory(name, method, RpcMethod.InMemoryCondition.ALWAYS);
    }

    /** Adds a method that answers from memory when {@code condition} holds for a call's parameters. */
    public void registerInMemory(String name, RpcMethod method, RpcMethod.InMemoryCondition condition) {
        register(name, method);
        inMemory.put(name, condition);
    }

    /** True when a call of the named method with these parameters may run on an IO thread. */
    public boolean answersInMemory(String name, RpcParams params) {
        RpcMethod.InMemoryCondition condition = inMemory.get(name);
        if (condition == null) return false;
        try {
            return condition.test(params);
        } catch (RpcException | RuntimeException e) {
            return false;
        }
    }

    /** The method with this name, or null. */
    public RpcMethod method(String name) {
        return methods.get(name);
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(methods.keySet()));
    }
}
