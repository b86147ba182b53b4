package org.nos.jpa.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One account of the head state (flat table): nonce, balance (unsigned big-endian), code hash, storage root. */
@Entity
@Table(name = "nos_account")
public class AccountEntity {
    @Id
    @Column(name = "address", length = 20)
    private byte[] address;

    @Column(name = "nonce", nullable = false)
    private long nonce;

    @Column(name = "balance", nullable = false, length = 32)
    private byte[] balance;

    @Column(name = "code_hash", nullable = false, length = 32)
    private byte[] codeHash;

    @Column(name = "storage_root", nullable = false, length = 32)
    private byte[] storageRoot;

    protected AccountEntity() {
    }
}
