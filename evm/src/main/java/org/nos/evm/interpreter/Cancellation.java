package org.nos.evm.interpreter;

/**
 * A flag another thread raises to stop a running execution, such as an {@code eth_call} past the RPC time limit.
 * The interpreter reads it on every taken jump and at every call frame, so a cancelled execution stops within a few
 * instructions of any loop and costs nothing else: no clock reads, no tracer.
 */
public final class Cancellation {
    private static final Cancellation NEVER = new Cancellation();

    private volatile boolean cancelled;

    /** A cancellation that nobody raises: block building and transaction execution run with it. */
    public static Cancellation never() {
        return NEVER;
    }

    /** A fresh flag that {@link #cancel()} raises. */
    public static Cancellation create() {
        return new Cancellation();
    }

    /** Raises the flag; the execution throws {@link ExecutionCancelledException} at its next check. */
    public void cancel() {
        if (this == NEVER) throw new IllegalStateException("the shared never-cancelled flag cannot be raised");
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
