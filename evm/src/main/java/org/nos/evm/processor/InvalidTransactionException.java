package org.nos.evm.processor;

/** A transaction that cannot be included: it was not applied and the state is untouched. */
public final class InvalidTransactionException extends RuntimeException {
    private final String reason;

    public InvalidTransactionException(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
