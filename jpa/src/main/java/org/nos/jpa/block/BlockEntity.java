package org.nos.jpa.block;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One sealed L2 block. The header is stored as its RLP encoding, which is the source of truth; hash,
 * parent hash and timestamp are copied out of it for look-ups. Its transactions are in {@link BlockBodyEntity},
 * and in the transaction, log and state tables.
 */
@Entity
@Table(name = "nos_block", indexes = @Index(name = "nos_block_hash", columnList = "hash", unique = true))
public class BlockEntity {

    @Id
    @Column(name = "number")
    private long number;

    @Column(name = "hash", nullable = false, length = 32)
    private byte[] hash;

    @Column(name = "parent_hash", nullable = false, length = 32)
    private byte[] parentHash;

    @Column(name = "timestamp", nullable = false)
    private long timestamp;

    @Column(name = "header_rlp", nullable = false, length = 4096)
    private byte[] headerRlp;

    @Column(name = "sealed_at_millis", nullable = false)
    private long sealedAtMillis;

    /** The size of the whole block's RLP (header, transactions, ommers, withdrawals); null on old rows. */
    @Column(name = "block_size")
    private Integer size;

    protected BlockEntity() {
    }

    public BlockEntity(long number, byte[] hash, byte[] parentHash, long timestamp, byte[] headerRlp,
            long sealedAtMillis) {
        this.number = number;
        this.hash = hash;
        this.parentHash = parentHash;
        this.timestamp = timestamp;
        this.headerRlp = headerRlp;
        this.sealedAtMillis = sealedAtMillis;
    }

    public BlockEntity(long number, byte[] hash, byte[] parentHash, long timestamp, byte[] headerRlp,
            long sealedAtMillis, int size) {
        this(number, hash, parentHash, timestamp, headerRlp, sealedAtMillis);
        this.size = size;
    }

    public Integer getSize() {
        return size;
    }

    public long getNumber() {
        return number;
    }

    public byte[] getHash() {
        return hash;
    }

    public byte[] getParentHash() {
        return parentHash;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public byte[] getHeaderRlp() {
        return headerRlp;
    }

    /** Wall-clock time of sealing, in epoch milliseconds; unlike the header timestamp, not consensus data. */
    public long getSealedAtMillis() {
        return sealedAtMillis;
    }
}
