package org.nos.web.rpc.debug;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.ChainQueries;
import org.nos.ejb.config.NodeSettings;
import org.nos.ejb.execution.CallException;
import org.nos.ejb.execution.CallService;
import org.nos.ejb.execution.TraceOptions;
import org.nos.ejb.execution.TransactionTrace;
import org.nos.evm.tracing.CallTracer;
import org.nos.evm.tracing.StructLogTracer;
import org.nos.web.rpc.RpcException;
import org.nos.web.rpc.RpcMethodRegistry;
import org.nos.web.rpc.RpcNamespace;
import org.nos.web.rpc.RpcParams;
import org.nos.web.rpc.RpcSettings;
import org.nos.web.rpc.eth.BlockParameter;
import org.nos.web.rpc.eth.CallArguments;
import org.nos.web.rpc.eth.EthCallNamespace;

/**
 * debug_traceTransaction, debug_traceCall, debug_traceBlockByNumber and debug_traceBlockByHash with geth's default
 * struct logger or {@code {"tracer": "callTracer", "tracerConfig": {"onlyTopCall", "withLog"}}}. Switched off with
 * {@code nos.rpc.debug.enabled=false} (the methods are then unknown, -32601).
 */
@ApplicationScoped
public class DebugNamespace implements RpcNamespace {

    @Inject
    CallService calls;

    @Inject
    ChainQueries chain;

    @Inject
    RpcSettings settings;

    @Override
    public void register(RpcMethodRegistry registry) {
        if (!settings.debugEnabled()) return;
        registry.register("debug_traceTransaction", this::traceTransaction);
        registry.register("debug_traceCall", this::traceCall);
        registry.register("debug_traceBlockByNumber", this::traceBlockByNumber);
        registry.register("debug_traceBlockByHash", this::traceBlockByHash);
    }

    private Object traceTransaction(RpcParams params) throws RpcException {
        params.atMost(2);
        var hash = params.hash(0);
        TraceOptions options = options(CallArguments.optional(params, 1), 1);
        try {
            return TraceJson.of(calls.traceTransaction(hash, options));
        } catch (CallException e) {
            throw EthCallNamespace.error(e);
        }
    }

    private Object traceCall(RpcParams params) throws RpcException {
        params.atMost(3);
        var request = CallArguments.request(params.required(0), 0);
        long block = BlockParameter.resolve(params, 1, chain);
        JsonNode config = CallArguments.optional(params, 2);
        TraceOptions options = options(config, 2);
        var overrides = CallArguments.overrides(config == null ? null : config.get("stateOverrides"), 2);
        try {
            return TraceJson.of(calls.traceCall(request, block, overrides, options));
        } catch (CallException e) {
            throw EthCallNamespace.error(e);
        }
    }

    private Object traceBlockByNumber(RpcParams params) throws RpcException {
        params.atMost(2);
        long number = BlockParameter.resolve(params, 0, chain);
        if (number == CallService.PENDING) number = chain.head().number();
        return traceBlock(number, options(CallArguments.optional(params, 1), 1));
    }

    private Object traceBlockByHash(RpcParams params) throws RpcException {
        params.atMost(2);
        var hash = params.hash(0);
        ChainBlock block = chain.byHash(hash)
                .orElseThrow(() -> new RpcException(BlockParameter.SERVER_ERROR, "block " + hash.toHex() + " not found"));
        return traceBlock(block.number(), options(CallArguments.optional(params, 1), 1));
    }

    private Object traceBlock(long number, TraceOptions options) throws RpcException {
        try {
            List<Object> out = new ArrayList<>();
            for (TransactionTrace t : calls.traceBlock(number, options)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("txHash", t.txHash().toHex());
                if (t.error() != null) m.put("error", t.error()); else m.put("result", TraceJson.of(t.result()));
                out.add(m);
            }
            return out;
        } catch (CallException e) {
            throw EthCallNamespace.error(e);
        }
    }

    /** geth's TraceConfig. */
    static TraceOptions options(JsonNode node, int index) throws RpcException {
        if (node == null || node.isNull()) return TraceOptions.DEFAULT;
        if (!node.isObject()) throw RpcException.invalidParams("invalid argument " + index + ": trace config object expected");
        String tracer = node.hasNonNull("tracer") ? node.get("tracer").asText() : null;
        if (tracer != null && !tracer.isEmpty() && !tracer.equals(TraceOptions.CALL_TRACER) && !tracer.equals("structLogger")) {
            throw new RpcException(BlockParameter.SERVER_ERROR, "tracer not found: " + tracer + " (supported: callTracer and the default struct logger)");
        }
        Duration timeout = null;
        if (node.hasNonNull("timeout")) {
            try {
                timeout = NodeSettings.parseDuration(node.get("timeout").asText());
            } catch (RuntimeException e) {
                throw RpcException.invalidParams("invalid argument " + index + ": bad timeout " + node.get("timeout"));
            }
        }
        JsonNode config = node.get("tracerConfig");
        CallTracer.Options callOptions = new CallTracer.Options(flag(config, "onlyTopCall"), flag(config, "withLog"));
        int limit = node.hasNonNull("limit") ? node.get("limit").asInt(0) : 0;
        StructLogTracer.Options structOptions = new StructLogTracer.Options(flag(node, "disableStack"),
                flag(node, "disableStorage"), flag(node, "enableMemory"), flag(node, "enableReturnData"), limit);
        return new TraceOptions(TraceOptions.CALL_TRACER.equals(tracer) ? tracer : null, structOptions, callOptions, timeout);
    }

    private static boolean flag(JsonNode node, String name) {
        return node != null && node.has(name) && node.get(name).asBoolean(false);
    }
}
