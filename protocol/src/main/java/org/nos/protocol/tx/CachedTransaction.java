package org.nos.protocol.tx;

import java.util.Arrays;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;

/**
 * What every transaction class shares: its encoding, hash and sender computed at most once, and equality by
 * encoding. Racing threads may compute a value twice; they compute the same value.
 */
abstract class CachedTransaction {
    private volatile byte[] encoded;
    private volatile Hash hash;
    private volatile Address sender;

    /** Computes the EIP-2718 encoding. */
    abstract byte[] computeEncoded();

    /** Recovers (or, for deposits, returns) the sender. */
    abstract Address computeSender();

    /** The cached encoding: callers must not modify it. */
    final byte[] encodedArray() {
        byte[] e = encoded;
        if (e == null) {
            e = computeEncoded();
            encoded = e;
        }
        return e;
    }

    public final byte[] encoded() {
        return encodedArray().clone();
    }

    public final Hash hash() {
        Hash h = hash;
        if (h == null) {
            h = Hash.keccak(encodedArray());
            hash = h;
        }
        return h;
    }

    public final Address sender() {
        Address a = sender;
        if (a == null) {
            a = computeSender();
            sender = a;
        }
        return a;
    }

    /** Seeds the encoding with the exact bytes a transaction was decoded from. */
    final void setEncoded(byte[] bytes) {
        encoded = bytes;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass()
                && Arrays.equals(encodedArray(), ((CachedTransaction) o).encodedArray());
    }

    @Override
    public final int hashCode() {
        return hash().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + hash() + "]";
    }
}
