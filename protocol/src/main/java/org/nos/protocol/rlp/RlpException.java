package org.nos.protocol.rlp;

/** Input that is not canonical RLP of the expected shape. */
public final class RlpException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public RlpException(String message) {
        super(message);
    }
}
