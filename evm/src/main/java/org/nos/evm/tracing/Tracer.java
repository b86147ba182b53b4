package org.nos.evm.tracing;

import org.nos.evm.Word;
import org.nos.evm.interpreter.CallKind;
import org.nos.evm.interpreter.FrameView;
import org.nos.protocol.base.Address;

/**
 * Hooks into execution: per opcode (for struct-log tracers) and per call frame (for call tracers). Pass null
 * instead of a tracer to run at full speed; the interpreter only checks a null reference per step.
 */
public interface Tracer {
    /** Before an opcode runs: {@code gas} is the gas left before it is charged. */
    default void onStep(FrameView frame, int pc, int opcode, long gas) {}

    /** When a frame (the top-level call or create included) starts. {@code depth} is 0 for the top level. */
    default void onEnter(int depth, CallKind kind, Address from, Address to, byte[] input, long gas, Word value) {}

    /**
     * When a frame ends. {@code error} is null on success, "execution reverted" on REVERT, or the reason of an
     * exceptional halt.
     */
    default void onExit(int depth, byte[] output, long gasUsed, String error) {}
}
