package org.nos.evm.interpreter;

import java.util.EnumMap;
import java.util.Map;

/**
 * The opcodes of one fork, built once: the Frontier table, then each active {@link Eip}'s delta in order. The
 * interpreter reads the flat arrays (constant gas, stack bounds) before dispatching to an opcode's body.
 */
public final class OpcodeTable {
    public static final int STACK_LIMIT = 1024;
    private static final Map<Fork, OpcodeTable> CACHE = new EnumMap<>(Fork.class);

    private final OpcodeInfo[] infos = new OpcodeInfo[256];
    final long[] constantGas = new long[256];
    /** Minimum stack height; {@code Integer.MAX_VALUE} for undefined opcodes. */
    final int[] minStack = new int[256];
    /** Maximum stack height before the opcode runs without overflowing. */
    final int[] maxStack = new int[256];
    /**
     * The same three facts packed into one long per opcode for the dispatch loop, so each step does one table
     * load and one branch: bits 0-15 the minimum stack height ({@link #UNDEFINED} for undefined opcodes, which
     * no stack height reaches), bits 16-31 the room above it ({@code maxStack - minStack}), bits 32-63 the
     * constant gas.
     */
    final long[] dispatch = new long[256];
    static final int UNDEFINED = 0xffff;
    /**
     * The minimum stack height of every entry of {@link #TRACED_DISPATCH}: like {@link #UNDEFINED}, no stack
     * reaches it, so the loop's one fault test sends each step to the tracer, off the untraced path.
     */
    static final int TRACED = 0xfffe;
    static final long[] TRACED_DISPATCH = new long[256];

    static {
        java.util.Arrays.fill(TRACED_DISPATCH, TRACED);
    }

    private OpcodeTable(Fork fork) {
        frontier();
        for (Eip eip : fork.eips()) apply(eip);
        for (int i = 0; i < 256; i++) {
            OpcodeInfo info = infos[i];
            if (info == null) {
                minStack[i] = Integer.MAX_VALUE;
                maxStack[i] = -1;
            } else {
                constantGas[i] = info.constantGas();
                minStack[i] = info.inputs();
                maxStack[i] = STACK_LIMIT + info.inputs() - info.outputs();
            }
            dispatch[i] = info == null ? UNDEFINED
                    : constantGas[i] << 32 | (long) (maxStack[i] - minStack[i]) << 16 | minStack[i];
        }
    }

    public static synchronized OpcodeTable of(Fork fork) {
        return CACHE.computeIfAbsent(fork, OpcodeTable::new);
    }

    /** The description of {@code opcode}, or null when it is undefined in this fork. */
    public OpcodeInfo info(int opcode) {
        return infos[opcode & 0xff];
    }

    public String name(int opcode) {
        OpcodeInfo info = infos[opcode & 0xff];
        return info == null ? String.format("opcode 0x%02x not defined", opcode & 0xff) : info.name();
    }

    private void def(int code, String name, long gas, int in, int out) {
        infos[code] = new OpcodeInfo(code, name, gas, in, out);
    }

    private void gas(int code, long gas) {
        infos[code] = infos[code].withGas(gas);
    }

    private void frontier() {
        def(0x00, "STOP", 0, 0, 0);
        def(0x01, "ADD", 3, 2, 1);
        def(0x02, "MUL", 5, 2, 1);
        def(0x03, "SUB", 3, 2, 1);
        def(0x04, "DIV", 5, 2, 1);
        def(0x05, "SDIV", 5, 2, 1);
        def(0x06, "MOD", 5, 2, 1);
        def(0x07, "SMOD", 5, 2, 1);
        def(0x08, "ADDMOD", 8, 3, 1);
        def(0x09, "MULMOD", 8, 3, 1);
        def(0x0a, "EXP", 10, 2, 1);
        def(0x0b, "SIGNEXTEND", 5, 2, 1);
        def(0x10, "LT", 3, 2, 1);
        def(0x11, "GT", 3, 2, 1);
        def(0x12, "SLT", 3, 2, 1);
        def(0x13, "SGT", 3, 2, 1);
        def(0x14, "EQ", 3, 2, 1);
        def(0x15, "ISZERO", 3, 1, 1);
        def(0x16, "AND", 3, 2, 1);
        def(0x17, "OR", 3, 2, 1);
        def(0x18, "XOR", 3, 2, 1);
        def(0x19, "NOT", 3, 1, 1);
        def(0x1a, "BYTE", 3, 2, 1);
        def(0x20, "KECCAK256", 30, 2, 1);
        def(0x30, "ADDRESS", 2, 0, 1);
        def(0x31, "BALANCE", 20, 1, 1);
        def(0x32, "ORIGIN", 2, 0, 1);
        def(0x33, "CALLER", 2, 0, 1);
        def(0x34, "CALLVALUE", 2, 0, 1);
        def(0x35, "CALLDATALOAD", 3, 1, 1);
        def(0x36, "CALLDATASIZE", 2, 0, 1);
        def(0x37, "CALLDATACOPY", 3, 3, 0);
        def(0x38, "CODESIZE", 2, 0, 1);
        def(0x39, "CODECOPY", 3, 3, 0);
        def(0x3a, "GASPRICE", 2, 0, 1);
        def(0x3b, "EXTCODESIZE", 20, 1, 1);
        def(0x3c, "EXTCODECOPY", 20, 4, 0);
        def(0x40, "BLOCKHASH", 20, 1, 1);
        def(0x41, "COINBASE", 2, 0, 1);
        def(0x42, "TIMESTAMP", 2, 0, 1);
        def(0x43, "NUMBER", 2, 0, 1);
        def(0x44, "DIFFICULTY", 2, 0, 1);
        def(0x45, "GASLIMIT", 2, 0, 1);
        def(0x50, "POP", 2, 1, 0);
        def(0x51, "MLOAD", 3, 1, 1);
        def(0x52, "MSTORE", 3, 2, 0);
        def(0x53, "MSTORE8", 3, 2, 0);
        def(0x54, "SLOAD", 50, 1, 1);
        def(0x55, "SSTORE", 0, 2, 0);
        def(0x56, "JUMP", 8, 1, 0);
        def(0x57, "JUMPI", 10, 2, 0);
        def(0x58, "PC", 2, 0, 1);
        def(0x59, "MSIZE", 2, 0, 1);
        def(0x5a, "GAS", 2, 0, 1);
        def(0x5b, "JUMPDEST", 1, 0, 0);
        for (int n = 1; n <= 32; n++) def(0x5f + n, "PUSH" + n, 3, 0, 1);
        for (int n = 1; n <= 16; n++) def(0x7f + n, "DUP" + n, 3, n, n + 1);
        for (int n = 1; n <= 16; n++) def(0x8f + n, "SWAP" + n, 3, n + 1, n + 1);
        for (int n = 0; n <= 4; n++) def(0xa0 + n, "LOG" + n, 375 + 375L * n, n + 2, 0);
        def(0xf0, "CREATE", 32000, 3, 1);
        def(0xf1, "CALL", 40, 7, 1);
        def(0xf2, "CALLCODE", 40, 7, 1);
        def(0xf3, "RETURN", 0, 2, 0);
        def(0xfe, "INVALID", 0, 0, 0);
        def(0xff, "SELFDESTRUCT", 0, 1, 0);
    }

    private void apply(Eip eip) {
        switch (eip) {
            case EIP_7_DELEGATECALL -> def(0xf4, "DELEGATECALL", 40, 6, 1);
            case EIP_150_GAS_REPRICING -> {
                gas(0x31, 400);
                gas(0x3b, 700);
                gas(0x3c, 700);
                gas(0x54, 200);
                gas(0xf1, 700);
                gas(0xf2, 700);
                gas(0xf4, 700);
                gas(0xff, 5000);
            }
            case EIP_140_REVERT -> def(0xfd, "REVERT", 0, 2, 0);
            case EIP_211_RETURNDATA -> {
                def(0x3d, "RETURNDATASIZE", 2, 0, 1);
                def(0x3e, "RETURNDATACOPY", 3, 3, 0);
            }
            case EIP_214_STATICCALL -> def(0xfa, "STATICCALL", 700, 6, 1);
            case EIP_145_BITWISE_SHIFTS -> {
                def(0x1b, "SHL", 3, 2, 1);
                def(0x1c, "SHR", 3, 2, 1);
                def(0x1d, "SAR", 3, 2, 1);
            }
            case EIP_1014_CREATE2 -> def(0xf5, "CREATE2", 32000, 4, 1);
            case EIP_1052_EXTCODEHASH -> def(0x3f, "EXTCODEHASH", 400, 1, 1);
            case EIP_1344_CHAINID -> def(0x46, "CHAINID", 2, 0, 1);
            case EIP_1884_REPRICING -> {
                gas(0x31, 700);
                gas(0x54, 800);
                gas(0x3f, 700);
                def(0x47, "SELFBALANCE", 5, 0, 1);
            }
            case EIP_2929_ACCESS_LISTS -> {
                // the warm price is constant; the cold surcharge is charged dynamically
                for (int op : new int[] {0x31, 0x3b, 0x3c, 0x3f, 0x54, 0xf1, 0xf2, 0xf4, 0xfa}) gas(op, Gas.WARM_READ);
            }
            case EIP_3198_BASEFEE -> def(0x48, "BASEFEE", 2, 0, 1);
            case EIP_4399_PREVRANDAO -> infos[0x44] = infos[0x44].renamed("PREVRANDAO");
            case EIP_3855_PUSH0 -> def(0x5f, "PUSH0", 2, 0, 1);
            case EIP_1153_TRANSIENT_STORAGE -> {
                def(0x5c, "TLOAD", 100, 1, 1);
                def(0x5d, "TSTORE", 100, 2, 0);
            }
            case EIP_4844_BLOBHASH -> def(0x49, "BLOBHASH", 3, 1, 1);
            case EIP_5656_MCOPY -> def(0x5e, "MCOPY", 3, 3, 0);
            case EIP_7516_BLOBBASEFEE -> def(0x4a, "BLOBBASEFEE", 2, 0, 1);
            default -> {
                // a rule change, not a table change
            }
        }
    }
}
