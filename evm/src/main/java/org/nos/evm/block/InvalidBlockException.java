package org.nos.evm.block;

/** A block that must not be imported; the message names the rule it broke. */
public final class InvalidBlockException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidBlockException(String message) {
        super(message);
    }

    public InvalidBlockException(String message, Throwable cause) {
        super(message, cause);
    }
}
