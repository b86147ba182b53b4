package org.nos.protocol.trie;

/** A Merkle proof that proves neither the presence nor the absence of its key under the given root. */
public final class InvalidProofException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidProofException(String message) {
        super(message);
    }
}
