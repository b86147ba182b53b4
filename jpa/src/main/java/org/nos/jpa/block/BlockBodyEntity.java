package org.nos.jpa.block;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A sealed block's transactions, as the RLP list of their encodings, stored with the block's header in the
 * transaction that seals it. The per-transaction and log rows ({@code nos_tx}, {@code nos_log}) follow after the
 * block is the head; a start after a crash rebuilds the missing ones from this row. Written with plain JDBC.
 */
@Entity
@Table(name = "nos_block_body")
public class BlockBodyEntity {

    @Id
    @Column(name = "number")
    private long number;

    @Column(name = "transactions", nullable = false, length = 100_000_000)
    private byte[] transactions;

    protected BlockBodyEntity() {
    }
}
