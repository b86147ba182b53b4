package org.nos.protocol.block;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.rlp.RlpReader;

/**
 * An execution-layer block header. The fields after {@code nonce} arrived with later forks and are null
 * before them: {@code baseFeePerGas} (London), {@code withdrawalsRoot} (Shanghai), {@code blobGasUsed},
 * {@code excessBlobGas} and {@code parentBeaconBlockRoot} (Cancun). The block hash is
 * {@code keccak(rlp(header))}. {@code timestamp} is an unsigned 64-bit value (EIP-4788 tests use times
 * up to 2^64-1): compare it with {@link Long#compareUnsigned}.
 */
public record BlockHeader(
        Hash parentHash,
        Hash ommersHash,
        Address coinbase,
        Hash stateRoot,
        Hash transactionsRoot,
        Hash receiptsRoot,
        Bytes logsBloom,
        BigInteger difficulty,
        long number,
        long gasLimit,
        long gasUsed,
        long timestamp,
        Bytes extraData,
        Hash mixHash,
        Bytes nonce,
        BigInteger baseFeePerGas,
        Hash withdrawalsRoot,
        Long blobGasUsed,
        Long excessBlobGas,
        Hash parentBeaconBlockRoot) {

    /** The 8-byte zero nonce of every post-merge header. */
    public static final Bytes ZERO_NONCE = Bytes.wrap(new byte[8]);
    /** A bloom filter with no bit set. */
    public static final Bytes EMPTY_BLOOM = Bytes.wrap(new byte[256]);

    public BlockHeader {
        if (logsBloom.size() != 256) throw new IllegalArgumentException("logs bloom must be 256 bytes");
        if (nonce.size() != 8) throw new IllegalArgumentException("nonce must be 8 bytes");
    }

    /** The RLP encoding; optional trailing fields are written up to the last one present. */
    public byte[] encode() {
        List<byte[]> items = new ArrayList<>(20);
        items.add(Rlp.encode(parentHash));
        items.add(Rlp.encode(ommersHash));
        items.add(Rlp.encode(coinbase));
        items.add(Rlp.encode(stateRoot));
        items.add(Rlp.encode(transactionsRoot));
        items.add(Rlp.encode(receiptsRoot));
        items.add(Rlp.encodeBytes(logsBloom));
        items.add(Rlp.encodeBigInteger(difficulty));
        items.add(Rlp.encodeLong(number));
        items.add(Rlp.encodeLong(gasLimit));
        items.add(Rlp.encodeLong(gasUsed));
        items.add(Rlp.encodeLong(timestamp));
        items.add(Rlp.encodeBytes(extraData));
        items.add(Rlp.encode(mixHash));
        items.add(Rlp.encodeBytes(nonce));
        if (baseFeePerGas != null) items.add(Rlp.encodeBigInteger(baseFeePerGas));
        if (withdrawalsRoot != null) items.add(Rlp.encode(withdrawalsRoot));
        if (blobGasUsed != null) items.add(Rlp.encodeLong(blobGasUsed));
        if (excessBlobGas != null) items.add(Rlp.encodeLong(excessBlobGas));
        if (parentBeaconBlockRoot != null) items.add(Rlp.encode(parentBeaconBlockRoot));
        return Rlp.encodeList(items);
    }

    /** keccak256 of the RLP encoding. */
    public Hash hash() {
        return Hash.keccak(encode());
    }

    /** Decodes the header that is all of {@code rlp}. */
    public static BlockHeader decode(byte[] rlp) {
        return decode(RlpReader.ofList(rlp));
    }

    /** Decodes a header from a reader positioned inside the header's list; the list must end after it. */
    public static BlockHeader decode(RlpReader r) {
        Hash parentHash = r.readHash();
        Hash ommersHash = r.readHash();
        Address coinbase = r.readAddress();
        Hash stateRoot = r.readHash();
        Hash transactionsRoot = r.readHash();
        Hash receiptsRoot = r.readHash();
        Bytes logsBloom = Bytes.wrap(r.readBytes(256));
        BigInteger difficulty = r.readBigInteger();
        long number = r.readLong();
        long gasLimit = r.readLong();
        long gasUsed = r.readLong();
        long timestamp = r.readLongUnsigned();
        Bytes extraData = Bytes.wrap(r.readBytes());
        Hash mixHash = r.readHash();
        Bytes nonce = Bytes.wrap(r.readBytes(8));
        BigInteger baseFee = r.hasNext() ? r.readBigInteger() : null;
        Hash withdrawalsRoot = r.hasNext() ? r.readHash() : null;
        Long blobGasUsed = r.hasNext() ? r.readLong() : null;
        Long excessBlobGas = r.hasNext() ? r.readLong() : null;
        Hash beaconRoot = r.hasNext() ? r.readHash() : null;
        r.requireEnd();
        return new BlockHeader(parentHash, ommersHash, coinbase, stateRoot, transactionsRoot, receiptsRoot,
                logsBloom, difficulty, number, gasLimit, gasUsed, timestamp, extraData, mixHash, nonce, baseFee,
                withdrawalsRoot, blobGasUsed, excessBlobGas, beaconRoot);
    }
}
