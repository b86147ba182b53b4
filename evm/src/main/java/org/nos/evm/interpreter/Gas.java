package org.nos.evm.interpreter;

/** The gas prices that are not an opcode's constant gas (Cancun values). */
public final class Gas {
    public static final long WARM_READ = 100;
    public static final long COLD_ACCOUNT_ACCESS = 2600;
    public static final long COLD_SLOAD = 2100;
    public static final long SSTORE_SET = 20000;
    public static final long SSTORE_RESET = 5000;
    public static final long SSTORE_SENTRY = 2300;
    public static final long SSTORE_CLEARS_REFUND = 4800;
    public static final long CALL_VALUE = 9000;
    public static final long CALL_STIPEND = 2300;
    public static final long NEW_ACCOUNT = 25000;
    public static final long SELFDESTRUCT_NEW_ACCOUNT = 25000;
    public static final long COPY_WORD = 3;
    public static final long KECCAK_WORD = 6;
    public static final long LOG_DATA_BYTE = 8;
    public static final long EXP_BYTE = 50;
    public static final long MEMORY_WORD = 3;
    public static final long QUAD_DIVISOR = 512;
    public static final long INITCODE_WORD = 2;
    public static final long CODE_DEPOSIT_BYTE = 200;
    public static final long BLOCKHASH = 20;
    public static final int MAX_INITCODE_SIZE_FACTOR = 2;
    public static final long TX = 21000;
    public static final long TX_CREATE = 53000;
    public static final long TX_DATA_ZERO = 4;
    public static final long TX_DATA_NONZERO = 16;
    public static final long TX_ACCESS_LIST_ADDRESS = 2400;
    public static final long TX_ACCESS_LIST_KEY = 1900;
    public static final long BLOB_GAS_PER_BLOB = 1 << 17;

    private Gas() {}

    /** The total cost of a memory of {@code words} 32-byte words. */
    public static long memoryCost(long words) {
        return words * MEMORY_WORD + words * words / QUAD_DIVISOR;
    }

    public static long words(long bytes) {
        return (bytes + 31) >>> 5;
    }
}
