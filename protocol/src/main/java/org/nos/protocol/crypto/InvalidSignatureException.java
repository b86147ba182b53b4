package org.nos.protocol.crypto;

/** A signature that does not identify a signer: out-of-range values, a high s where EIP-2 forbids it, no key. */
public final class InvalidSignatureException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidSignatureException(String message) {
        super(message);
    }
}
