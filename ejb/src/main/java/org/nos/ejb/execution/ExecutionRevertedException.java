package org.nos.ejb.execution;

import org.nos.protocol.base.Bytes;

/**
 * The call ran into REVERT: JSON-RPC error code 3 with the message "execution reverted" or
 * "execution reverted: reason" (a decoded {@code Error(string)} or {@code Panic(uint256)}) and the revert bytes as
 * {@code data}, as go-ethereum answers.
 */
public class ExecutionRevertedException extends CallException {
    private static final long serialVersionUID = 1L;
    /** geth's JSON-RPC error code for a revert. */
    public static final int CODE = 3;

    private final transient Bytes data;

    public ExecutionRevertedException(Bytes data) {
        super(message(data));
        this.data = data;
    }

    /** The revert data (may be empty). */
    public Bytes data() {
        return data;
    }

    private static String message(Bytes data) {
        String reason = RevertReason.decode(data.toArray());
        return reason == null ? "execution reverted" : "execution reverted: " + reason;
    }
}
