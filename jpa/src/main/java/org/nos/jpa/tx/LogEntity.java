package org.nos.jpa.tx;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A log of a sealed transaction, by block and log index. No other index: eth_getLogs reads only the blocks whose
 * logs bloom may match, as geth does, which keeps sealing from paying for five more B-tree inserts per log.
 */
@Entity
@Table(name = "nos_log")
@IdClass(LogEntity.Key.class)
public class LogEntity {
    @Id
    @Column(name = "block_number")
    private long blockNumber;

    @Id
    @Column(name = "log_index")
    private int logIndex;

    @Column(name = "block_hash", nullable = false, length = 32)
    private byte[] blockHash;

    @Column(name = "tx_hash", nullable = false, length = 32)
    private byte[] transactionHash;

    @Column(name = "tx_index", nullable = false)
    private int transactionIndex;

    @Column(name = "address", nullable = false, length = 20)
    private byte[] address;

    @Column(name = "topic_count", nullable = false)
    private int topicCount;

    @Column(name = "topic0", length = 32)
    private byte[] topic0;

    @Column(name = "topic1", length = 32)
    private byte[] topic1;

    @Column(name = "topic2", length = 32)
    private byte[] topic2;

    @Column(name = "topic3", length = 32)
    private byte[] topic3;

    @Column(name = "data", nullable = false, length = 1_000_000)
    private byte[] data;

    protected LogEntity() {
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long blockNumber;
        private int logIndex;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && blockNumber == k.blockNumber && logIndex == k.logIndex;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(blockNumber) * 31 + logIndex;
        }
    }
}
