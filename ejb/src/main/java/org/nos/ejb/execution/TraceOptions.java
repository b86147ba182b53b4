package org.nos.ejb.execution;

import java.time.Duration;
import org.nos.evm.tracing.CallTracer;
import org.nos.evm.tracing.StructLogTracer;

/**
 * geth's {@code TraceConfig}: {@code tracer} null for the struct logger (with its {@code structLogs} options) or
 * {@code "callTracer"} (with its {@code tracerConfig}); {@code timeout} null for the node's EVM timeout.
 */
public record TraceOptions(String tracer, StructLogTracer.Options structLogs, CallTracer.Options callTracer,
        Duration timeout) {
    public static final String CALL_TRACER = "callTracer";
    public static final TraceOptions DEFAULT = new TraceOptions(null, StructLogTracer.Options.DEFAULT, null, null);

    public boolean usesCallTracer() {
        return CALL_TRACER.equals(tracer);
    }
}
