package org.nos.evm.tracing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.interpreter.CallKind;
import org.nos.evm.interpreter.Evm;
import org.nos.evm.interpreter.FrameView;
import org.nos.evm.interpreter.OpcodeTable;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;

/**
 * go-ethereum's native {@code callTracer}: the tree of call frames of one transaction or call. One instance traces
 * one transaction.
 *
 * <p>Logs ({@code withLog}) and SELFDESTRUCT frames are read from the opcode hook, so the interpreter needs no
 * extra call: a LOG's topics and memory range are taken when it is about to run, and its data once the frame's next
 * step shows it ran (a failed LOG ends its frame, and geth drops the logs of failed frames anyway). A SELFDESTRUCT
 * frame is added when the frame that ran it ends successfully; its value is the contract's balance before it ran,
 * read from {@code state} (null state: the value is left out).
 */
public final class CallTracer implements Tracer {
    /** geth's {@code callTracerConfig}. */
    public record Options(boolean onlyTopCall, boolean withLog) {
        public static final Options DEFAULT = new Options(false, false);
    }

    private static final String REVERTED = "execution reverted";
    private static final int FRAMES = Evm.MAX_DEPTH + 2;

    private final OpcodeTable table;
    private final WorldState state;
    private final Options options;
    private final Deque<Builder> stack = new ArrayDeque<>();
    private Builder top;

    private final int[] lastOp = new int[FRAMES];
    private final int[] lastStackSize = new int[FRAMES];
    private final PendingLog[] pendingLogs = new PendingLog[FRAMES];
    private final Builder[] pendingSelfDestructs = new Builder[FRAMES];
    /** Per depth: the address of the frame running there (for DELEGATECALL's {@code from}). */
    private final Address[] frameAddresses = new Address[FRAMES];

    public CallTracer(EvmConfig config, WorldState state, Options options) {
        this.table = OpcodeTable.of(config.fork());
        this.state = state;
        this.options = options == null ? Options.DEFAULT : options;
    }

    public CallTracer(EvmConfig config, WorldState state) {
        this(config, state, Options.DEFAULT);
    }

    private static final class Builder {
        final String type;
        final String from;
        String to;
        final String value;
        long gas;
        long gasUsed;
        final String input;
        String output;
        String error;
        String revertReason;
        final List<Builder> calls = new ArrayList<>();
        final List<CallLog> logs = new ArrayList<>();

        Builder(String type, String from, String to, String value, long gas, String input) {
            this.type = type;
            this.from = from;
            this.to = to;
            this.value = value;
            this.gas = gas;
            this.input = input;
        }

        CallFrame build(boolean parentFailed, Long gasOverride, Long gasUsedOverride) {
            boolean failed = parentFailed || error != null;
            List<CallFrame> children = null;
            if (!calls.isEmpty()) {
                List<CallFrame> out = new ArrayList<>(calls.size());
                for (Builder c : calls) out.add(c.build(failed, null, null));
                children = Collections.unmodifiableList(out);
            }
            List<CallLog> kept = failed || logs.isEmpty() ? null : List.copyOf(logs);
            return new CallFrame(type, from, to, value,
                    TraceSupport.quantity(gasOverride != null ? gasOverride : gas),
                    TraceSupport.quantity(gasUsedOverride != null ? gasUsedOverride : gasUsed), input, output, error,
                    revertReason, children, kept);
        }
    }

    private record PendingLog(Builder frame, FrameView view, String address, long offset, long length,
            List<String> topics, int position) {
        CallLog materialise() {
            byte[] data = view.memory(offset, length);
            return new CallLog(address, topics, TraceSupport.bytes(data), TraceSupport.quantity(position));
        }
    }

    @Override
    public void onStep(FrameView frame, int pc, int opcode, long gas) {
        int d = frame.depth();
        PendingLog log = pendingLogs[d];
        if (log != null) {
            pendingLogs[d] = null;
            log.frame().logs.add(log.materialise()); // the LOG ran: its frame went on
        }
        lastOp[d] = opcode;
        lastStackSize[d] = frame.stackSize();
        frameAddresses[d] = frame.address();
        boolean traced = !options.onlyTopCall() || d == 0;
        if (opcode >= 0xa0 && opcode <= 0xa4 && options.withLog() && traced) captureLog(frame, opcode - 0xa0);
        if (opcode == 0xff && !options.onlyTopCall() && frame.stackSize() >= 1) {
            Address contract = frame.address();
            Word beneficiary = frame.stackItem(0);
            byte[] b = beneficiary.toBytes();
            String to = TraceSupport.bytes(java.util.Arrays.copyOfRange(b, 12, 32));
            String value = state == null ? null : TraceSupport.quantity(state.getBalance(contract));
            pendingSelfDestructs[d] = new Builder("SELFDESTRUCT", contract.toHex(), to, value, 0, "0x");
        }
    }

    private void captureLog(FrameView frame, int topicCount) {
        if (frame.stackSize() < 2 + topicCount || stack.isEmpty()) return;
        Word offset = frame.stackItem(0);
        Word length = frame.stackItem(1);
        // a range that does not fit cannot be paid for: the LOG will fail and its frame with it
        if (!offset.fitsLong() || !length.fitsLong() || length.w0 > Integer.MAX_VALUE) return;
        String[] topics = new String[topicCount];
        for (int i = 0; i < topicCount; i++) topics[i] = TraceSupport.bytes(frame.stackItem(2 + i).toBytes());
        Builder current = stack.peek();
        pendingLogs[frame.depth()] = new PendingLog(current, frame, frame.address().toHex(), offset.w0, length.w0,
                List.of(topics), current.calls.size());
    }

    @Override
    public void onEnter(int depth, CallKind kind, Address from, Address to, byte[] input, long gas, Word value) {
        if (depth < FRAMES) {
            lastOp[depth] = -1;
            pendingLogs[depth] = null;
            pendingSelfDestructs[depth] = null;
        }
        if (options.onlyTopCall() && depth > 0) return;
        String v = kind == CallKind.STATICCALL || value == null ? null : TraceSupport.quantity(value);
        if (kind == CallKind.DELEGATECALL && depth > 0 && depth <= FRAMES && frameAddresses[depth - 1] != null) {
            // the hook passes the delegating frame's own caller; geth reports the contract that delegates
            from = frameAddresses[depth - 1];
        }
        stack.push(new Builder(kind.name(), from.toHex(), to == null ? null : to.toHex(), v, gas,
                TraceSupport.bytes(input == null ? new byte[0] : input)));
    }

    @Override
    public void onExit(int depth, byte[] output, long gasUsed, String error) {
        PendingLog log = null;
        Builder selfDestruct = null;
        int op = -1;
        int stackSize = 0;
        if (depth < FRAMES) {
            log = pendingLogs[depth];
            selfDestruct = pendingSelfDestructs[depth];
            op = lastOp[depth];
            stackSize = lastStackSize[depth];
            pendingLogs[depth] = null;
            pendingSelfDestructs[depth] = null;
        }
        if (options.onlyTopCall() && depth > 0) return;
        Builder b = stack.pop();
        if (error == null) {
            if (log != null) log.frame().logs.add(log.materialise());
            if (selfDestruct != null) b.calls.add(selfDestruct);
        }
        b.gasUsed = gasUsed;
        processOutput(b, output == null ? new byte[0] : output, TraceSupport.refineError(error, op, stackSize, table));
        if (stack.isEmpty()) {
            top = b;
        } else {
            stack.peek().calls.add(b);
        }
    }

    /** geth's {@code callFrame.processOutput}. */
    private static void processOutput(Builder b, byte[] output, String error) {
        if (error == null) {
            b.output = output.length == 0 ? null : TraceSupport.bytes(output);
            return;
        }
        b.error = error;
        if (b.type.equals("CREATE") || b.type.equals("CREATE2")) b.to = null;
        if (!error.equals(REVERTED) || output.length == 0) return;
        b.output = TraceSupport.bytes(output);
        if (output.length >= 4) b.revertReason = TraceSupport.revertReason(output);
    }

    /**
     * The call tree with the top frame's {@code gas} and {@code gasUsed} as the EVM saw them (gas after the
     * intrinsic charge; gas used before refunds).
     *
     * @throws IllegalStateException when nothing was traced (the transaction never reached the EVM)
     */
    public CallFrame result() {
        return top().build(false, null, null);
    }

    /**
     * The call tree as geth reports a transaction: the top frame's {@code gas} is the transaction's gas limit and
     * its {@code gasUsed} the receipt's gas used (intrinsic gas included, refund deducted).
     */
    public CallFrame result(long gasLimit, long gasUsed) {
        return top().build(false, gasLimit, gasUsed);
    }

    private Builder top() {
        if (top == null) throw new IllegalStateException("no call was traced");
        return top;
    }
}
