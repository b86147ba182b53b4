package org.nos.jpa.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row: the block whose post-state the flat state tables and the trie nodes hold. Blocks after it are stored,
 * but their state is still only in memory, and a restart re-executes them.
 */
@Entity
@Table(name = "nos_state_progress")
public class StateProgressEntity {
    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "block_number", nullable = false)
    private long blockNumber;

    protected StateProgressEntity() {
    }
}
