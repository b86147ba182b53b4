package org.nos.jpa.state;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;

/** One non-zero storage slot of the head state (flat table). */
@Entity
@Table(name = "nos_storage")
@IdClass(StorageSlotEntity.Key.class)
public class StorageSlotEntity {
    @Id
    @Column(name = "address", length = 20)
    private byte[] address;

    @Id
    @Column(name = "slot", length = 32)
    private byte[] slot;

    @Column(name = "slot_value", nullable = false, length = 32)
    private byte[] value;

    protected StorageSlotEntity() {
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private byte[] address;
        private byte[] slot;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(address, k.address) && Arrays.equals(slot, k.slot);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(address) + Arrays.hashCode(slot);
        }
    }
}
