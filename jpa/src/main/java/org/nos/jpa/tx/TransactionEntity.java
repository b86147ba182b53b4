package org.nos.jpa.tx;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A sealed transaction with its receipt: the EIP-2718 bytes, where it sits, and what executing it gave
 * (status, gas, effective price, created contract; logs are in {@link LogEntity}).
 */
@Entity
@Table(name = "nos_tx", indexes = @Index(name = "nos_tx_block", columnList = "block_number, tx_index", unique = true))
public class TransactionEntity {
    @Id
    @Column(name = "hash", length = 32)
    private byte[] hash;

    @Column(name = "block_number", nullable = false)
    private long blockNumber;

    @Column(name = "tx_index", nullable = false)
    private int index;

    @Column(name = "sender", nullable = false, length = 20)
    private byte[] sender;

    @Column(name = "raw", nullable = false, length = 1_000_000)
    private byte[] raw;

    @Column(name = "success", nullable = false)
    private boolean success;

    @Column(name = "cumulative_gas", nullable = false)
    private long cumulativeGasUsed;

    @Column(name = "gas_used", nullable = false)
    private long gasUsed;

    @Column(name = "effective_gas_price", nullable = false, length = 32)
    private byte[] effectiveGasPrice;

    @Column(name = "contract_address", length = 20)
    private byte[] contractAddress;

    @Column(name = "deposit_nonce")
    private Long depositNonce;

    protected TransactionEntity() {
    }
}
