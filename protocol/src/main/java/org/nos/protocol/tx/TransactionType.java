package org.nos.protocol.tx;

/** The EIP-2718 transaction types NOS knows, with their type bytes. */
public enum TransactionType {
    LEGACY(0),
    ACCESS_LIST(1),
    DYNAMIC_FEE(2),
    BLOB(3),
    DEPOSIT(0x7E);

    private final int code;

    TransactionType(int code) {
        this.code = code;
    }

    /** The type byte (0 for legacy, which has none on the wire). */
    public int code() {
        return code;
    }

    /** The type with this code. */
    public static TransactionType fromCode(int code) {
        for (TransactionType t : values()) {
            if (t.code == code) return t;
        }
        throw new IllegalArgumentException(String.format("unsupported transaction type 0x%02x", code));
    }
}
