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
import org.nos.protocol.rlp.RlpReader;

/**
 * An EIP-1559 transaction (type 2): {@code 0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas,
 * gasLimit, to, value, data, accessList, yParity, r, s])}. Create it unsigned with {@link #unsigned} and
 * {@link #sign} it.
 */
public final class DynamicFeeTransaction extends CachedTransaction implements Transaction {
    private final long chainId;
    private final long nonce;
    private final Wei maxPriorityFeePerGas;
    private final Wei maxFeePerGas;
    private final long gasLimit;
    private final Address to;
    private final Wei value;
    private final Bytes data;
    private final List<AccessListEntry> accessList;
    private final int yParity;
    private final BigInteger r;
    private final BigInteger s;

    public DynamicFeeTransaction(long chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas,
            long gasLimit, Address to, Wei value, Bytes data, List<AccessListEntry> accessList, int yParity,
            BigInteger r, BigInteger s) {
        TxFields.checkCommon(nonce, gasLimit, value, data);
        TxFields.checkSignatureValues(r, s);
        if (yParity != 0 && yParity != 1) throw new IllegalArgumentException("y-parity must be 0 or 1");
        this.chainId = chainId;
        this.nonce = nonce;
        this.maxPriorityFeePerGas = Objects.requireNonNull(maxPriorityFeePerGas);
        this.maxFeePerGas = Objects.requireNonNull(maxFeePerGas);
        this.gasLimit = gasLimit;
        this.to = to;
        this.value = value;
        this.data = data;
        this.accessList = List.copyOf(accessList);
        this.yParity = yParity;
        this.r = r;
        this.s = s;
    }

    /** A transaction without a signature yet (r = s = 0), to {@link #sign}. */
    public static DynamicFeeTransaction unsigned(long chainId, long nonce, Wei maxPriorityFeePerGas,
            Wei maxFeePerGas, long gasLimit, Address to, Wei value, Bytes data, List<AccessListEntry> accessList) {
        return new DynamicFeeTransaction(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value,
                data, accessList, 0, BigInteger.ZERO, BigInteger.ZERO);
    }

    /** This transaction signed by {@code key}. */
    public DynamicFeeTransaction sign(PrivateKey key) {
        return withSignature(key.sign(signingHash()));
    }

    /** This transaction with {@code signature} (made over {@link #signingHash()}). */
    public DynamicFeeTransaction withSignature(Signature signature) {
        return new DynamicFeeTransaction(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value,
                data, accessList, signature.recId(), signature.r(), signature.s());
    }

    /** keccak256(0x02 || rlp(the fields before yParity)). */
    public Hash signingHash() {
        return TxFields.typedSigningHash(2, Rlp.encodeList(unsignedFields()));
    }

    static DynamicFeeTransaction decodePayload(RlpReader p) {
        DynamicFeeTransaction tx = new DynamicFeeTransaction(p.readLong(), p.readLong(), TxFields.readWei(p),
                TxFields.readWei(p), p.readLong(), p.readOptionalAddress(), TxFields.readWei(p),
                Bytes.wrap(p.readBytes()), AccessListEntry.decodeAll(p), TxFields.readYParity(p),
                p.readBigInteger(), p.readBigInteger());
        p.requireEnd();
        return tx;
    }

    private byte[][] unsignedFields() {
        return new byte[][] {Rlp.encodeLong(chainId), Rlp.encodeLong(nonce), TxFields.encode(maxPriorityFeePerGas),
            TxFields.encode(maxFeePerGas), Rlp.encodeLong(gasLimit), TxFields.encodeTo(to), TxFields.encode(value),
            Rlp.encodeBytes(data), AccessListEntry.encodeAll(accessList)};
    }

    @Override
    byte[] computeEncoded() {
        byte[][] f = unsignedFields();
        return TxFields.typed(2, Rlp.encodeList(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
                Rlp.encodeLong(yParity), Rlp.encodeBigInteger(r), Rlp.encodeBigInteger(s)));
    }

    @Override
    Address computeSender() {
        return Secp256k1.get().recoverSigner(signingHash(), signature());
    }

    /** The signature, validated. */
    public Signature signature() {
        return new Signature(r, s, yParity);
    }

    @Override
    public TransactionType type() {
        return TransactionType.DYNAMIC_FEE;
    }

    @Override
    public OptionalLong chainId() {
        return OptionalLong.of(chainId);
    }

    @Override
    public long nonce() {
        return nonce;
    }

    @Override
    public Wei maxPriorityFeePerGas() {
        return maxPriorityFeePerGas;
    }

    @Override
    public Wei maxFeePerGas() {
        return maxFeePerGas;
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
        return accessList;
    }

    public int yParity() {
        return yParity;
    }

    public BigInteger r() {
        return r;
    }

    public BigInteger s() {
        return s;
    }
}
