package org.nos.ejb.execution;

/**
 * A call that could not run or failed, with go-ethereum's error text (JSON-RPC code -32000 unless a subclass
 * says otherwise): "err: insufficient funds for gas * price + value: ... (supplied gas N)", "out of gas",
 * "gas required exceeds allowance (N)", "execution aborted (timeout = 5s)".
 */
public class CallException extends Exception {
    private static final long serialVersionUID = 1L;

    public CallException(String message) {
        super(message, null, false, false);
    }
}
