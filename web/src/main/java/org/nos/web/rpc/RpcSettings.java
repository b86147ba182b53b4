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

    /** The widest block range one eth_getLogs may cover ({@code nos.rpc.logs.max-block-range}, 0 = no limit). */
    public long logsMaxBlockRange() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("nos.rpc.logs.max-block-range", Long.class).orElse(10_000L);
    }

    /** The most logs one eth_getLogs may return ({@code nos.rpc.logs.max-results}). */
    public int logsMaxResults() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("nos.rpc.logs.max-results", Integer.class).orElse(10_000);
    }

    /** How long a filter lives without being polled ({@code nos.rpc.filter-timeout}, geth's 5 minutes). */
    public java.time.Duration filterTimeout() {
        return org.nos.ejb.config.NodeSettings.parseDuration(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("nos.rpc.filter-timeout", String.class).orElse("5m"));
    }

    /** Requests the JSON-RPC warm-up sends at start-up ({@code nos.rpc.warmup-requests}, 0 = off). */
    public int warmupRequests() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("nos.rpc.warmup-requests", Integer.class).orElse(20_000);
    }

    /** Where the warm-up posts ({@code nos.rpc.warmup-url}); null: the HTTP listener's URL. */
    public String warmupUrl() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("nos.rpc.warmup-url", String.class).orElse(null);
    }

    /** Whether the txpool_ namespace is served ({@code nos.rpc.txpool.enabled}, default true). */
    public boolean txpoolEnabled() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("nos.rpc.txpool.enabled", Boolean.class).orElse(Boolean.TRUE);
    }

    /** Whether the debug_* methods are served ({@code nos.rpc.debug.enabled}, default true). */
    public boolean debugEnabled() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("nos.rpc.debug.enabled", Boolean.class).orElse(Boolean.TRUE);
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
