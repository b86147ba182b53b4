package org.nos.protocol.tx;

import java.math.BigInteger;
import java.util.Objects;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.Keccak256;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.rlp.RlpException;
import org.nos.protocol.rlp.RlpReader;

/** Encoders and strict readers of the fields transactions share. */
final class TxFields {
    private TxFields() {}

    static byte[] encode(Wei wei) {
        return Rlp.encodeBigInteger(wei.toBigInteger());
    }

    /** The recipient; the empty string for a creation. */
    static byte[] encodeTo(Address to) {
        return to == null ? Rlp.EMPTY_STRING.clone() : Rlp.encode(to);
    }

    static Wei readWei(RlpReader r) {
        return Wei.of(r.readBigInteger());
    }

    /** The y-parity of a typed transaction's signature: 0 or 1, nothing else. */
    static int readYParity(RlpReader r) {
        long v = r.readLongUnsigned();
        if (v != 0 && v != 1) throw new RlpException("y-parity must be 0 or 1, got " + Long.toUnsignedString(v));
        return (int) v;
    }

    /** {@code type || payload}, the typed envelope. */
    static byte[] typed(int type, byte[] rlpPayload) {
        byte[] out = new byte[rlpPayload.length + 1];
        out[0] = (byte) type;
        System.arraycopy(rlpPayload, 0, out, 1, rlpPayload.length);
        return out;
    }

    /** keccak256(type || payload): the signing hash of a typed transaction. */
    static Hash typedSigningHash(int type, byte[] rlpPayload) {
        return Hash.wrap(Keccak256.hash(typed(type, rlpPayload)));
    }

    static void checkCommon(long nonce, long gasLimit, Wei value, Object data) {
        if (nonce < 0) throw new IllegalArgumentException("nonce is negative");
        if (gasLimit < 0) throw new IllegalArgumentException("gas limit is negative");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(data, "data");
    }

    static void checkSignatureValues(BigInteger r, BigInteger s) {
        Objects.requireNonNull(r, "r");
        Objects.requireNonNull(s, "s");
        if (r.signum() < 0 || s.signum() < 0 || r.bitLength() > 256 || s.bitLength() > 256) {
            throw new IllegalArgumentException("r and s are unsigned 256-bit integers");
        }
    }
}
