package org.nos.web.rpc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Limits and CORS of the JSON-RPC endpoint ({@code nos.rpc.*}). */
@ApplicationScoped
public class RpcSettings {

    @Inject
    @ConfigProperty(name = "nos.rpc.max-request-bytes", defaultValue = "5242880")
    int maxRequestBytes;

    @Inject
    @ConfigProperty(name = "nos.rpc.max-batch", defaultValue = "1000")
    int maxBatch;

    @Inject
    @ConfigProperty(name = "nos.rpc.cors-origins", defaultValue = "*")
    String corsOrigins;

    private Set<String> allowedOrigins;

    /** The largest request body accepted, in bytes. */
    public int maxRequestBytes() {
        return maxRequestBytes;
    }

    /** The most requests one batch may hold. */
    public int maxBatch() {
        return maxBatch;
    }

    /**
     * The Access-Control-Allow-Origin value for a request from {@code origin}: {@code *} when any origin is
     * allowed, the origin itself when it is listed, else null (no CORS header).
     */
    public String allowOrigin(String origin) {
        String configured = corsOrigins.trim();
        if (configured.equals("*")) return "*";
        if (allowedOrigins == null) {
            allowedOrigins = Arrays.stream(configured.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }
        return origin != null && allowedOrigins.contains(origin) ? origin : null;
    }
}
