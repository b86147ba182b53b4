package org.nos.evm.interpreter;

/** How a frame's run ended. Values at or above {@link #OUT_OF_GAS} are exceptional halts: all gas is consumed. */
final class Status {
    static final int SUSPENDED = 1;
    /**
     * Not a halt: the interpreter left a loop that ran long enough to be worth compiling, at the loop's JUMPDEST
     * (its gas not yet charged), for {@link CompiledCode} to go on from.
     */
    static final int HOT_LOOP = 5;
    /** Not a halt: compiled code hands the frame back to the interpreter at its pc (see {@link CompiledCode}). */
    static final int INTERPRET = 6;
    static final int STOP = 2;
    static final int RETURN = 3;
    static final int REVERT = 4;
    static final int OUT_OF_GAS = 10;
    static final int STACK_UNDERFLOW = 11;
    static final int STACK_OVERFLOW = 12;
    static final int INVALID_OPCODE = 13;
    static final int INVALID_JUMP = 14;
    static final int STATIC_VIOLATION = 15;
    static final int RETURNDATA_OUT_OF_BOUNDS = 16;
    static final int CODE_SIZE_EXCEEDED = 17;
    static final int INVALID_CODE_PREFIX = 18;
    static final int INITCODE_SIZE_EXCEEDED = 19;
    static final int CODE_STORE_OUT_OF_GAS = 20;
    static final int PRECOMPILE_FAILURE = 21;
    static final int CREATE_COLLISION = 22;
    static final int DEPTH_EXCEEDED = 23;
    static final int INSUFFICIENT_BALANCE = 24;
    static final int NONCE_OVERFLOW = 25;

    private Status() {}

    static boolean isSuccess(int status) {
        return status == STOP || status == RETURN;
    }

    /** The error text tracers report (geth's wording), or null on success. */
    static String error(int status) {
        return switch (status) {
            case STOP, RETURN -> null;
            case REVERT -> "execution reverted";
            case OUT_OF_GAS -> "out of gas";
            case STACK_UNDERFLOW -> "stack underflow";
            case STACK_OVERFLOW -> "stack limit reached 1024";
            case INVALID_OPCODE -> "invalid opcode";
            case INVALID_JUMP -> "invalid jump destination";
            case STATIC_VIOLATION -> "write protection";
            case RETURNDATA_OUT_OF_BOUNDS -> "return data out of bounds";
            case CODE_SIZE_EXCEEDED -> "max code size exceeded";
            case INVALID_CODE_PREFIX -> "invalid code: must not begin with 0xef";
            case INITCODE_SIZE_EXCEEDED -> "max initcode size exceeded";
            case CODE_STORE_OUT_OF_GAS -> "contract creation code storage out of gas";
            case PRECOMPILE_FAILURE -> "precompiled contract failed";
            case CREATE_COLLISION -> "contract address collision";
            case DEPTH_EXCEEDED -> "max call depth exceeded";
            case INSUFFICIENT_BALANCE -> "insufficient balance for transfer";
            case NONCE_OVERFLOW -> "nonce uint64 overflow";
            default -> "status " + status;
        };
    }
}
