package org.nos.web.rpc.undertow;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.api.Deployment;
import io.undertow.servlet.api.ThreadSetupHandler;
import jakarta.enterprise.inject.spi.CDI;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.nos.web.rpc.JsonRpcDispatcher;
import org.nos.web.rpc.RpcSettings;
import org.nos.web.warmup.RpcWarmup;

/**
 * The CDI beans the handler needs, looked up on the first request (the extension runs before CDI is ready),
 * and the deployment's context (class loader, naming; a CDI request context) for calls on worker threads.
 */
final class JsonRpcBeans {
    private final ClassLoader classLoader;
    private final Supplier<Resolved> resolver;
    private volatile Resolved resolved;

    /**
     * The beans; {@code admits} tells, from a request's {@value RpcWarmup#HEADER} header (null when absent), whether
     * the endpoint serves it yet ({@link RpcWarmup#admits}).
     */
    record Resolved(JsonRpcDispatcher dispatcher, RpcSettings settings,
            ThreadSetupHandler.Action<byte[], JsonRpcDispatcher.ParsedRequest> workerCall, Predicate<String> admits) {
    }

    JsonRpcBeans(ClassLoader classLoader, Supplier<Resolved> resolver) {
        this.classLoader = classLoader;
        this.resolver = resolver;
    }

    /** The beans of the deployment's CDI container; worker calls run with the deployment's thread setup. */
    static JsonRpcBeans fromCdi(ClassLoader classLoader, Deployment deployment) {
        return new JsonRpcBeans(classLoader, () -> resolve(classLoader, deployment));
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    Resolved get() {
        Resolved r = resolved;
        if (r == null) {
            synchronized (this) {
                r = resolved;
                if (r == null) resolved = r = resolver.get();
            }
        }
        return r;
    }

    private static Resolved resolve(ClassLoader classLoader, Deployment deployment) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            CDI<Object> cdi = CDI.current();
            JsonRpcDispatcher dispatcher = cdi.select(JsonRpcDispatcher.class).get();
            RpcSettings settings = cdi.select(RpcSettings.class).get();
            ThreadSetupHandler.Action<byte[], JsonRpcDispatcher.ParsedRequest> call = (exchange, request) ->
                    dispatcher.answerInRequestContext(request);
            RpcWarmup warmup = cdi.select(RpcWarmup.class).get();
            return new Resolved(dispatcher, settings, deployment.createThreadSetupAction(call), warmup::admits);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Answers {@code request} on the calling (worker) thread inside the deployment's context. */
    byte[] answerOnWorker(HttpServerExchange exchange, JsonRpcDispatcher.ParsedRequest request) throws Exception {
        return get().workerCall().call(exchange, request);
    }
}
