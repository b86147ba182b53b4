package org.nos.evm.interpreter;

/**
 * Thrown out of the EVM when its {@link Cancellation} was raised. The world state it ran on is left mid-execution:
 * discard it.
 */
public final class ExecutionCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExecutionCancelledException() {
        super("execution cancelled", null, false, false);
    }
}
