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

    /** The method with this name, or null. */
    public RpcMethod method(String name) {
        return methods.get(name);
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(methods.keySet()));
    }
}
