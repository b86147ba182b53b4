package org.nos.jpa.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Contract code by its keccak hash; written once. */
@Entity
@Table(name = "nos_code")
public class CodeEntity {
    @Id
    @Column(name = "hash", length = 32)
    private byte[] hash;

    @Column(name = "code", nullable = false, length = 1_000_000)
    private byte[] code;

    protected CodeEntity() {
    }
}
