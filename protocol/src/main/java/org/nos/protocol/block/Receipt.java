package org.nos.protocol.block;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nos.protocol.base.Hash;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.rlp.RlpException;
import org.nos.protocol.rlp.RlpReader;
import org.nos.protocol.trie.TrieRoots;
import org.nos.protocol.tx.TransactionType;

/**
 * A transaction receipt in its consensus form (post-Byzantium): {@code rlp([status, cumulativeGasUsed, bloom,
 * logs])}, behind the transaction's type byte unless legacy. OP-Stack deposit receipts append
 * {@code depositNonce} (Regolith) and {@code depositNonceVersion} (Canyon, = 1); both are null otherwise.
 */
public record Receipt(TransactionType type, boolean success, long cumulativeGasUsed, Bloom bloom, List<Log> logs,
        Long depositNonce, Long depositNonceVersion) {

    public Receipt {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bloom, "bloom");
        logs = List.copyOf(logs);
        if (cumulativeGasUsed < 0) throw new IllegalArgumentException("cumulative gas used is negative");
        if (depositNonceVersion != null && depositNonce == null) {
            throw new IllegalArgumentException("a deposit nonce version needs a deposit nonce");
        }
        if (depositNonce != null && type != TransactionType.DEPOSIT) {
            throw new IllegalArgumentException("only deposit receipts carry a deposit nonce");
        }
    }

    /** A receipt whose bloom is computed from its logs. */
    public static Receipt of(TransactionType type, boolean success, long cumulativeGasUsed, List<Log> logs) {
        return new Receipt(type, success, cumulativeGasUsed, Bloom.fromLogs(logs), logs, null, null);
    }

    /** A deposit receipt from Canyon on: with the sender's nonce before the deposit, version 1. */
    public static Receipt deposit(boolean success, long cumulativeGasUsed, List<Log> logs, long depositNonce) {
        return new Receipt(TransactionType.DEPOSIT, success, cumulativeGasUsed, Bloom.fromLogs(logs), logs,
                depositNonce, 1L);
    }

    /** The consensus encoding as the receipts trie holds it: {@code [type ||] rlp([...])}. */
    public byte[] encode() {
        List<byte[]> items = new ArrayList<>(6);
        items.add(success ? new byte[] {1} : Rlp.EMPTY_STRING);
        items.add(Rlp.encodeLong(cumulativeGasUsed));
        items.add(Rlp.encodeBytes(bloom.toArray()));
        items.add(Log.encodeAll(logs));
        if (depositNonce != null) items.add(Rlp.encodeLong(depositNonce));
        if (depositNonceVersion != null) items.add(Rlp.encodeLong(depositNonceVersion));
        byte[] payload = Rlp.encodeList(items);
        if (type == TransactionType.LEGACY) return payload;
        byte[] out = new byte[payload.length + 1];
        out[0] = (byte) type.code();
        System.arraycopy(payload, 0, out, 1, payload.length);
        return out;
    }

    /** The receipts root of a block: the ordered trie of the receipts' consensus encodings. */
    public static Hash root(List<Receipt> receipts) {
        List<byte[]> encoded = new ArrayList<>(receipts.size());
        for (Receipt receipt : receipts) encoded.add(receipt.encode());
        return TrieRoots.ordered(encoded);
    }

    /** The logs bloom of a block: the union of its receipts' blooms. */
    public static Bloom blockBloom(List<Receipt> receipts) {
        Bloom bloom = Bloom.EMPTY;
        for (Receipt receipt : receipts) bloom = bloom.or(receipt.bloom());
        return bloom;
    }

    /** Strictly decodes {@link #encode()}'s output; pre-Byzantium receipts (a state root) are rejected. */
    public static Receipt decode(byte[] bytes) {
        if (bytes.length == 0) throw new RlpException("empty receipt");
        int first = bytes[0] & 0xff;
        TransactionType type;
        RlpReader r;
        if (first >= 0xc0) {
            type = TransactionType.LEGACY;
            r = RlpReader.ofList(bytes);
        } else if (first < 0x80 && first != 0) {
            type = TransactionType.fromCode(first);
            r = RlpReader.ofList(java.util.Arrays.copyOfRange(bytes, 1, bytes.length));
        } else {
            throw new RlpException(String.format("not a receipt: first byte 0x%02x", first));
        }
        byte[] status = r.readBytes();
        if (status.length > 1) throw new RlpException("pre-Byzantium receipts (with a state root) are not supported");
        if (status.length == 1 && status[0] != 1) throw new RlpException("receipt status must be empty or 0x01");
        long cumulativeGasUsed = r.readLong();
        Bloom bloom = Bloom.of(r.readBytes(Bloom.SIZE));
        List<Log> logs = Log.decodeAll(r);
        Long depositNonce = null;
        Long version = null;
        if (type == TransactionType.DEPOSIT && r.hasNext()) {
            depositNonce = r.readLong();
            if (r.hasNext()) version = r.readLong();
        }
        r.requireEnd();
        return new Receipt(type, status.length == 1, cumulativeGasUsed, bloom, logs, depositNonce, version);
    }
}
