package org.nos.protocol.tx;

import java.math.BigInteger;
import java.util.ArrayList;
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
 * An EIP-4844 blob transaction (type 3) in its plain form, without blobs: {@code 0x03 || rlp([chainId, nonce,
 * maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList, maxFeePerBlobGas,
 * blobVersionedHashes, yParity, r, s])}. It cannot create a contract: {@code to} is required.
 */
public final class BlobTransaction extends CachedTransaction implements Transaction {
    private final long chainId;
    private final long nonce;
    private final Wei maxPriorityFeePerGas;
    private final Wei maxFeePerGas;
    private final long gasLimit;
    private final Address to;
    private final Wei value;
    private final Bytes data;
    private final List<AccessListEntry> accessList;
    private final Wei maxFeePerBlobGas;
    private final List<Hash> blobVersionedHashes;
    private final int yParity;
    private final BigInteger r;
    private final BigInteger s;

    public BlobTransaction(long chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas, long gasLimit,
            Address to, Wei value, Bytes data, List<AccessListEntry> accessList, Wei maxFeePerBlobGas,
            List<Hash> blobVersionedHashes, int yParity, BigInteger r, BigInteger s) {
        TxFields.checkCommon(nonce, gasLimit, value, data);
        TxFields.checkSignatureValues(r, s);
        if (yParity != 0 && yParity != 1) throw new IllegalArgumentException("y-parity must be 0 or 1");
        this.chainId = chainId;
        this.nonce = nonce;
        this.maxPriorityFeePerGas = Objects.requireNonNull(maxPriorityFeePerGas);
        this.maxFeePerGas = Objects.requireNonNull(maxFeePerGas);
        this.gasLimit = gasLimit;
        this.to = Objects.requireNonNull(to, "a blob transaction cannot create a contract: to is required");
        this.value = value;
        this.data = data;
        this.accessList = List.copyOf(accessList);
        this.maxFeePerBlobGas = Objects.requireNonNull(maxFeePerBlobGas);
        this.blobVersionedHashes = List.copyOf(blobVersionedHashes);
        this.yParity = yParity;
        this.r = r;
        this.s = s;
    }

    /** A transaction without a signature yet (r = s = 0), to {@link #sign}. */
    public static BlobTransaction unsigned(long chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas,
            long gasLimit, Address to, Wei value, Bytes data, List<AccessListEntry> accessList,
            Wei maxFeePerBlobGas, List<Hash> blobVersionedHashes) {
        return new BlobTransaction(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
                accessList, maxFeePerBlobGas, blobVersionedHashes, 0, BigInteger.ZERO, BigInteger.ZERO);
    }

    public BlobTransaction sign(PrivateKey key) {
        return withSignature(key.sign(signingHash()));
    }

    public BlobTransaction withSignature(Signature signature) {
        return new BlobTransaction(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
                accessList, maxFeePerBlobGas, blobVersionedHashes, signature.recId(), signature.r(), signature.s());
    }

    /** keccak256(0x03 || rlp(the fields before yParity)). */
    public Hash signingHash() {
        return TxFields.typedSigningHash(3, Rlp.encodeList(unsignedFields()));
    }

    static BlobTransaction decodePayload(RlpReader p) {
        if (p.hasNext() && p.nextIsList()) {
            throw new RlpException("a blob transaction in its network form (with blobs) is not accepted here");
        }
        long chainId = p.readLong();
        long nonce = p.readLong();
        Wei tip = TxFields.readWei(p);
        Wei feeCap = TxFields.readWei(p);
        long gasLimit = p.readLong();
        Address to = p.readAddress();
        Wei value = TxFields.readWei(p);
        Bytes data = Bytes.wrap(p.readBytes());
        List<AccessListEntry> accessList = AccessListEntry.decodeAll(p);
        Wei blobFeeCap = TxFields.readWei(p);
        RlpReader hashes = p.readList();
        List<Hash> versionedHashes = new ArrayList<>();
        while (hashes.hasNext()) versionedHashes.add(hashes.readHash());
        BlobTransaction tx = new BlobTransaction(chainId, nonce, tip, feeCap, gasLimit, to, value, data, accessList,
                blobFeeCap, versionedHashes, TxFields.readYParity(p), p.readBigInteger(), p.readBigInteger());
        p.requireEnd();
        return tx;
    }

    private byte[][] unsignedFields() {
        byte[][] hashes = new byte[blobVersionedHashes.size()][];
        for (int i = 0; i < hashes.length; i++) hashes[i] = Rlp.encode(blobVersionedHashes.get(i));
        return new byte[][] {Rlp.encodeLong(chainId), Rlp.encodeLong(nonce), TxFields.encode(maxPriorityFeePerGas),
            TxFields.encode(maxFeePerGas), Rlp.encodeLong(gasLimit), Rlp.encode(to), TxFields.encode(value),
            Rlp.encodeBytes(data), AccessListEntry.encodeAll(accessList), TxFields.encode(maxFeePerBlobGas),
            Rlp.encodeList(hashes)};
    }

    @Override
    byte[] computeEncoded() {
        byte[][] f = unsignedFields();
        return TxFields.typed(3, Rlp.encodeList(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10],
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
        return TransactionType.BLOB;
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

    public Wei maxFeePerBlobGas() {
        return maxFeePerBlobGas;
    }

    public List<Hash> blobVersionedHashes() {
        return blobVersionedHashes;
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
