package org.nos.protocol.tx;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.crypto.Secp256k1;
import org.nos.protocol.crypto.Signature;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.rlp.RlpException;
import org.nos.protocol.rlp.RlpReader;

/**
 * A legacy transaction: {@code rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s])}. {@code v} is 27 or
 * 28 without replay protection, or {@code chainId * 2 + 35 + recId} under EIP-155, whose signing hash also
 * commits to {@code [chainId, 0, 0]}. An unsigned transaction (from {@link #unsigned}) has v = r = s = 0.
 */
public final class LegacyTransaction extends CachedTransaction implements Transaction {
    private final long nonce;
    private final Wei gasPrice;
    private final long gasLimit;
    private final Address to;
    private final Wei value;
    private final Bytes data;
    private final long v;
    private final BigInteger r;
    private final BigInteger s;

    public LegacyTransaction(long nonce, Wei gasPrice, long gasLimit, Address to, Wei value, Bytes data, long v,
            BigInteger r, BigInteger s) {
        TxFields.checkCommon(nonce, gasLimit, value, data);
        TxFields.checkSignatureValues(r, s);
        boolean unsigned = v == 0 && r.signum() == 0 && s.signum() == 0;
        if (!unsigned && !isValidV(v)) throw new IllegalArgumentException("invalid v " + v + ": must be 27, 28 or >= 35");
        this.nonce = nonce;
        this.gasPrice = Objects.requireNonNull(gasPrice);
        this.gasLimit = gasLimit;
        this.to = to;
        this.value = value;
        this.data = data;
        this.v = v;
        this.r = r;
        this.s = s;
    }

    /** A transaction without a signature yet, to sign with {@link #sign} or {@link #signWithoutChainId}. */
    public static LegacyTransaction unsigned(long nonce, Wei gasPrice, long gasLimit, Address to, Wei value,
            Bytes data) {
        return new LegacyTransaction(nonce, gasPrice, gasLimit, to, value, data, 0, BigInteger.ZERO, BigInteger.ZERO);
    }

    /** Signed with EIP-155 replay protection for {@code chainId}. */
    public LegacyTransaction sign(PrivateKey key, long chainId) {
        if (chainId < 0 || chainId > (Long.MAX_VALUE - 36) / 2) throw new IllegalArgumentException("chain id out of range");
        Signature sig = key.sign(signingHash(OptionalLong.of(chainId)));
        return new LegacyTransaction(nonce, gasPrice, gasLimit, to, value, data, chainId * 2 + 35 + sig.recId(),
                sig.r(), sig.s());
    }

    /** Signed without a chain id (pre-EIP-155, v = 27 or 28): valid on every chain. */
    public LegacyTransaction signWithoutChainId(PrivateKey key) {
        Signature sig = key.sign(signingHash(OptionalLong.empty()));
        return new LegacyTransaction(nonce, gasPrice, gasLimit, to, value, data, 27 + sig.recId(), sig.r(), sig.s());
    }

    /** The hash the signature is made over: with {@code [chainId, 0, 0]} appended when a chain id is given. */
    public Hash signingHash(OptionalLong chainId) {
        byte[][] f = unsignedFields();
        byte[] rlp = chainId.isEmpty()
                ? Rlp.encodeList(f)
                : Rlp.encodeList(f[0], f[1], f[2], f[3], f[4], f[5], Rlp.encodeLong(chainId.getAsLong()),
                        Rlp.EMPTY_STRING, Rlp.EMPTY_STRING);
        return Hash.keccak(rlp);
    }

    /** The signing hash for this transaction's own {@code v}. */
    public Hash signingHash() {
        return signingHash(chainId());
    }

    static LegacyTransaction decodePayload(RlpReader p) {
        long nonce = p.readLong();
        Wei gasPrice = TxFields.readWei(p);
        long gasLimit = p.readLong();
        Address to = p.readOptionalAddress();
        Wei value = TxFields.readWei(p);
        Bytes data = Bytes.wrap(p.readBytes());
        long v = p.readLong();
        if (!isValidV(v)) throw new RlpException("invalid legacy v " + v + ": must be 27, 28 or >= 35");
        LegacyTransaction tx = new LegacyTransaction(nonce, gasPrice, gasLimit, to, value, data, v,
                p.readBigInteger(), p.readBigInteger());
        p.requireEnd();
        return tx;
    }

    private static boolean isValidV(long v) {
        return v == 27 || v == 28 || v >= 35;
    }

    private byte[][] unsignedFields() {
        return new byte[][] {Rlp.encodeLong(nonce), TxFields.encode(gasPrice), Rlp.encodeLong(gasLimit),
            TxFields.encodeTo(to), TxFields.encode(value), Rlp.encodeBytes(data)};
    }

    @Override
    byte[] computeEncoded() {
        byte[][] f = unsignedFields();
        return Rlp.encodeList(f[0], f[1], f[2], f[3], f[4], f[5], Rlp.encodeLong(v), Rlp.encodeBigInteger(r),
                Rlp.encodeBigInteger(s));
    }

    @Override
    Address computeSender() {
        return Secp256k1.get().recoverSigner(signingHash(), signature());
    }

    /** The signature, validated; its recovery id comes from {@code v}. */
    public Signature signature() {
        if (!isValidV(v)) throw new org.nos.protocol.crypto.InvalidSignatureException("the transaction is unsigned");
        return new Signature(r, s, (int) (v >= 35 ? (v - 35) % 2 : v - 27));
    }

    @Override
    public TransactionType type() {
        return TransactionType.LEGACY;
    }

    /** {@code (v - 35) / 2} under EIP-155; empty for v = 27/28 and for an unsigned transaction. */
    @Override
    public OptionalLong chainId() {
        return v >= 35 ? OptionalLong.of((v - 35) / 2) : OptionalLong.empty();
    }

    @Override
    public long nonce() {
        return nonce;
    }

    public Wei gasPrice() {
        return gasPrice;
    }

    @Override
    public Wei maxFeePerGas() {
        return gasPrice;
    }

    @Override
    public Wei maxPriorityFeePerGas() {
        return gasPrice;
    }

    @Override
    public long gasLimit() {
        return gasLimit;
    }

    @Override
    public Address to() {
        return to;
    }

    @Override
    public Wei value() {
        return value;
    }

    @Override
    public Bytes data() {
        return data;
    }

    @Override
    public List<AccessListEntry> accessList() {
        return List.of();
    }

    public long v() {
        return v;
    }

    public BigInteger r() {
        return r;
    }

    public BigInteger s() {
        return s;
    }
}
