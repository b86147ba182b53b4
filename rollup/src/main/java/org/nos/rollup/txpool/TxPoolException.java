package org.nos.rollup.txpool;

import java.util.Objects;

/**
 * A transaction the pool refused. The message is exactly what JSON-RPC returns, under {@link #RPC_ERROR_CODE}.
 */
public final class TxPoolException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** geth answers every pool rejection with the generic server error. */
    public static final int RPC_ERROR_CODE = -32000;

    private final Rejection reason;

    public TxPoolException(Rejection reason, String message) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Rejection reason() {
        return reason;
    }

    public int rpcCode() {
        return RPC_ERROR_CODE;
    }
}
