package org.nos.jpa.txpool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A transaction the pool accepted and still holds: its EIP-2718 bytes and arrival order. */
@Entity
@Table(name = "nos_pool_tx")
public class PoolTransactionEntity {
    @Id
    @Column(name = "hash", length = 32)
    private byte[] hash;

    @Column(name = "arrival", nullable = false)
    private long arrival;

    @Column(name = "raw", nullable = false, length = 1_000_000)
    private byte[] raw;

    protected PoolTransactionEntity() {
    }
}
