package org.nos.evm.tracing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.interpreter.CallKind;
import org.nos.evm.interpreter.Evm;
import org.nos.evm.interpreter.FrameView;
import org.nos.evm.interpreter.Gas;
import org.nos.evm.interpreter.OpcodeInfo;
import org.nos.evm.interpreter.OpcodeTable;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;

/**
 * go-ethereum's default "struct logger" (the opcode tracer of {@code debug_traceTransaction} and
 * {@code debug_traceCall} when no {@code tracer} is named). One instance traces one transaction or call.
 *
 * <p>Each step's {@code gasCost} is measured rather than recomputed: it is the gas the frame lost between the step
 * and its next step in the same frame, plus what a callee handed back (so a CALL's cost includes the gas it
 * forwarded, as geth reports it, and a CREATE's excludes it, as geth's does). The last step of a frame is priced
 * from the frame's gas used on a normal exit, and from the opcode table (plus memory expansion) on an exceptional
 * one.
 *
 * <p>The {@link WorldState} the transaction runs on gives the refund counter and the values SLOAD reads, as geth's
 * StateDB does; it may be null, in which case refunds read as zero and an SLOAD's value is taken from the stack
 * after it ran.
 */
public final class StructLogTracer implements Tracer {
    /** geth's {@code logger.Config}: {@code limit} 0 means no limit. */
    public record Options(boolean disableStack, boolean disableStorage, boolean enableMemory, boolean enableReturnData,
            int limit) {
        public static final Options DEFAULT = new Options(false, false, false, false, 0);
    }

    private static final String REVERTED = "execution reverted";
    private static final int FRAMES = Evm.MAX_DEPTH + 2;

    private final OpcodeTable table;
    private final WorldState state;
    private final Options options;
    private final List<Step> steps = new ArrayList<>();
    /** Per depth: the last recorded step, whose cost is still open. */
    private final Step[] open = new Step[FRAMES];
    private final long[] frameGas = new long[FRAMES];
    private final boolean[] frameCreates = new boolean[FRAMES];
    private final Map<Address, TreeMap<String, String>> storage = new HashMap<>();

    private byte[] output = new byte[0];
    private String error;
    private long topGasUsed;

    public StructLogTracer(EvmConfig config, WorldState state, Options options) {
        this.table = OpcodeTable.of(config.fork());
        this.state = state;
        this.options = options == null ? Options.DEFAULT : options;
    }

    public StructLogTracer(EvmConfig config, WorldState state) {
        this(config, state, Options.DEFAULT);
    }

    private static final class Step {
        final long pc;
        final int op;
        final long gas;
        final int depth;
        final int stackSize;
        long cost;
        String error;
        List<String> stack;
        List<String> memory;
        String returnData;
        Map<String, String> storage;
        long refund;
        long dynamicEstimate;
        boolean hasChild;
        long childGas;
        long childUsed;
        Word pendingSloadKey;
        Address address;

        Step(long pc, int op, long gas, int depth, int stackSize) {
            this.pc = pc;
            this.op = op;
            this.gas = gas;
            this.depth = depth;
            this.stackSize = stackSize;
        }

        StructLog toRecord() {
            return new StructLog(pc, OpcodeNames.name(op), gas, cost, depth, error, stack, memory, returnData, storage,
                    refund == 0 ? null : refund);
        }
    }

    @Override
    public void onStep(FrameView frame, int pc, int opcode, long gas) {
        int d = frame.depth();
        Step prev = open[d];
        if (prev != null) close(prev, gas, frame);
        if (options.limit() > 0 && steps.size() >= options.limit()) {
            open[d] = null;
            return;
        }
        Step s = new Step(pc, opcode, gas, d + 1, frame.stackSize());
        if (!options.disableStack()) s.stack = stack(frame);
        if (options.enableMemory()) s.memory = memory(frame);
        if (options.enableReturnData()) {
            byte[] rd = frame.returnData();
            if (rd.length > 0) s.returnData = TraceSupport.bytes(rd);
        }
        if (state != null) s.refund = state.refund();
        if (!options.disableStorage() && (opcode == 0x54 || opcode == 0x55)) captureStorage(s, frame, opcode);
        s.dynamicEstimate = TraceSupport.estimatedDynamicGas(frame, opcode);
        steps.add(s);
        open[d] = s;
    }

    @Override
    public void onEnter(int depth, CallKind kind, Address from, Address to, byte[] input, long gas, Word value) {
        if (depth < FRAMES) {
            frameGas[depth] = gas;
            frameCreates[depth] = kind.isCreate();
            open[depth] = null;
        }
        if (depth > 0 && depth <= FRAMES) {
            Step caller = open[depth - 1];
            if (caller != null) {
                caller.hasChild = true;
                caller.childGas = gas;
                caller.childUsed = 0;
            }
        }
    }

    @Override
    public void onExit(int depth, byte[] output, long gasUsed, String error) {
        if (depth < FRAMES) {
            Step last = open[depth];
            open[depth] = null;
            if (last != null) closeLast(last, depth, output, gasUsed, error);
        }
        if (depth > 0 && depth <= FRAMES) {
            Step caller = open[depth - 1];
            if (caller != null && caller.hasChild) caller.childUsed = gasUsed;
        } else if (depth == 0) {
            this.output = output == null ? new byte[0] : output.clone();
            this.error = error;
            this.topGasUsed = gasUsed;
        }
    }

    /** The cost of a step whose frame went on: the gas it lost up to {@code nextGas}, net of a callee's refund. */
    private void close(Step s, long nextGas, FrameView frame) {
        long cost = s.gas - nextGas;
        if (s.hasChild) {
            cost += s.childGas - s.childUsed; // the callee's unused gas came back to the frame
            if (s.op == 0xf0 || s.op == 0xf5) cost -= s.childGas; // geth does not count a CREATE's forwarded gas
        }
        s.cost = cost;
        if (s.pendingSloadKey != null && frame.stackSize() > 0) {
            TreeMap<String, String> slots = storage.get(s.address);
            slots.put(TraceSupport.word64(s.pendingSloadKey), TraceSupport.word64(frame.stackItem(0)));
            s.storage = snapshot(slots);
        }
        s.pendingSloadKey = null;
    }

    /** The cost (and error) of the step that ended its frame. */
    private void closeLast(Step s, int depth, byte[] output, long gasUsed, String error) {
        s.pendingSloadKey = null;
        if (error == null || error.equals(REVERTED)) {
            long left = frameGas[depth] - gasUsed;
            if (error == null && frameCreates[depth]) left += Gas.CODE_DEPOSIT_BYTE * output.length;
            s.cost = s.gas - left;
            return;
        }
        OpcodeInfo info = table.info(s.op);
        long constant = info == null ? 0 : info.constantGas();
        switch (error) {
            case "stack underflow", "stack limit reached 1024" -> {
                // geth checks the stack before charging anything and logs the step with the error
                s.cost = constant;
                s.error = TraceSupport.refineError(error, s.op, s.stackSize, table);
            }
            case "out of gas" -> {
                // geth logs a step that cannot pay for itself with the error and the cost it could not pay
                s.cost = s.gas < constant ? constant : constant + s.dynamicEstimate;
                s.error = error;
            }
            // failures while the opcode runs (bad jump, write protection, undefined opcode, return data bounds) and
            // failures after it (code deposit) leave geth's step without an error
            default -> s.cost = info == null ? 0 : constant + s.dynamicEstimate;
        }
    }

    private void captureStorage(Step s, FrameView frame, int opcode) {
        Address address = frame.address();
        TreeMap<String, String> slots = storage.computeIfAbsent(address, a -> new TreeMap<>());
        if (opcode == 0x54 && frame.stackSize() >= 1) {
            Word key = frame.stackItem(0);
            if (state != null) {
                slots.put(TraceSupport.word64(key), TraceSupport.word64(state.getStorage(address, key)));
                s.storage = snapshot(slots);
            } else {
                s.pendingSloadKey = key;
                s.address = address;
            }
        } else if (opcode == 0x55 && frame.stackSize() >= 2) {
            slots.put(TraceSupport.word64(frame.stackItem(0)), TraceSupport.word64(frame.stackItem(1)));
            s.storage = snapshot(slots);
        }
    }

    private static Map<String, String> snapshot(TreeMap<String, String> slots) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(slots));
    }

    private static List<String> stack(FrameView frame) {
        int n = frame.stackSize();
        String[] out = new String[n];
        for (int i = 0; i < n; i++) out[i] = TraceSupport.quantity(frame.stackItem(n - 1 - i));
        return List.of(out);
    }

    private static List<String> memory(FrameView frame) {
        int size = frame.memorySize();
        if (size == 0) return List.of();
        byte[] mem = frame.memory(0, size);
        String[] out = new String[size / 32];
        for (int i = 0; i < out.length; i++) out[i] = TraceSupport.plain(mem, 32 * i, 32);
        return List.of(out);
    }

    /** The result with {@code gas} = the top-level frame's gas used (execution only: no intrinsic gas, no refund). */
    public StructLogResult result() {
        return result(topGasUsed);
    }

    /** The result for a transaction: {@code gas} is the receipt's gas used, as geth reports it. */
    public StructLogResult result(TransactionResult tx) {
        return result(tx.gasUsed());
    }

    /** The result with {@code gas} set to {@code gasUsed}. */
    public StructLogResult result(long gasUsed) {
        boolean failed = error != null;
        String returnValue = failed && !error.equals(REVERTED) ? "0x" : TraceSupport.bytes(output);
        List<StructLog> logs = new ArrayList<>(steps.size());
        for (Step s : steps) logs.add(s.toRecord());
        return new StructLogResult(gasUsed, failed, returnValue, Collections.unmodifiableList(logs));
    }

    /** The top-level error as geth words it (null on success). */
    public String error() {
        return error;
    }
}
