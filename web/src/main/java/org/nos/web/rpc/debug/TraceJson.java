package org.nos.web.rpc.debug;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nos.evm.tracing.CallFrame;
import org.nos.evm.tracing.CallLog;
import org.nos.evm.tracing.StructLog;
import org.nos.evm.tracing.StructLogResult;

/** Trace results in geth's JSON shape: records to maps, leaving out the null ({@code omitempty}) members. */
final class TraceJson {
    private TraceJson() {
    }

    static Object of(Object result) {
        if (result instanceof StructLogResult r) return structLogs(r);
        if (result instanceof CallFrame f) return frame(f);
        return result;
    }

    private static Map<String, Object> structLogs(StructLogResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("gas", r.gas());
        out.put("failed", r.failed());
        out.put("returnValue", r.returnValue());
        List<Map<String, Object>> logs = new ArrayList<>(r.structLogs().size());
        for (StructLog s : r.structLogs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pc", s.pc());
            m.put("op", s.op());
            m.put("gas", s.gas());
            m.put("gasCost", s.gasCost());
            m.put("depth", s.depth());
            put(m, "error", s.error());
            put(m, "stack", s.stack());
            put(m, "memory", s.memory());
            put(m, "returnData", s.returnData());
            put(m, "storage", s.storage());
            put(m, "refund", s.refund());
            logs.add(m);
        }
        out.put("structLogs", logs);
        return out;
    }

    private static Map<String, Object> frame(CallFrame f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", f.type());
        m.put("from", f.from());
        put(m, "to", f.to());
        put(m, "value", f.value());
        m.put("gas", f.gas());
        m.put("gasUsed", f.gasUsed());
        m.put("input", f.input());
        put(m, "output", f.output());
        put(m, "error", f.error());
        put(m, "revertReason", f.revertReason());
        if (f.calls() != null) {
            List<Object> calls = new ArrayList<>();
            for (CallFrame c : f.calls()) calls.add(frame(c));
            m.put("calls", calls);
        }
        if (f.logs() != null) {
            List<Object> logs = new ArrayList<>();
            for (CallLog l : f.logs()) {
                Map<String, Object> lm = new LinkedHashMap<>();
                lm.put("address", l.address());
                lm.put("topics", l.topics());
                lm.put("data", l.data());
                lm.put("position", l.position());
                logs.add(lm);
            }
            m.put("logs", logs);
        }
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) m.put(key, value);
    }
}
