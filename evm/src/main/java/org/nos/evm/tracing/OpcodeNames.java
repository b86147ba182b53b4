package org.nos.evm.tracing;

/**
 * Opcode mnemonics exactly as go-ethereum prints them ({@code vm.OpCode.String()}): fork-independent, with geth's
 * own spellings ({@code KECCAK256}, {@code DIFFICULTY} for 0x44 even after the merge) and
 * {@code "opcode 0xc not defined"} (Go's {@code %#x}, no zero padding) for bytes geth does not know.
 */
public final class OpcodeNames {
    private static final String[] NAMES = new String[256];

    static {
        String[] low = {"STOP", "ADD", "MUL", "SUB", "DIV", "SDIV", "MOD", "SMOD", "ADDMOD", "MULMOD", "EXP",
            "SIGNEXTEND"};
        for (int i = 0; i < low.length; i++) NAMES[i] = low[i];
        String[] cmp = {"LT", "GT", "SLT", "SGT", "EQ", "ISZERO", "AND", "OR", "XOR", "NOT", "BYTE", "SHL", "SHR",
            "SAR"};
        for (int i = 0; i < cmp.length; i++) NAMES[0x10 + i] = cmp[i];
        NAMES[0x20] = "KECCAK256";
        String[] env = {"ADDRESS", "BALANCE", "ORIGIN", "CALLER", "CALLVALUE", "CALLDATALOAD", "CALLDATASIZE",
            "CALLDATACOPY", "CODESIZE", "CODECOPY", "GASPRICE", "EXTCODESIZE", "EXTCODECOPY", "RETURNDATASIZE",
            "RETURNDATACOPY", "EXTCODEHASH"};
        for (int i = 0; i < env.length; i++) NAMES[0x30 + i] = env[i];
        String[] block = {"BLOCKHASH", "COINBASE", "TIMESTAMP", "NUMBER", "DIFFICULTY", "GASLIMIT", "CHAINID",
            "SELFBALANCE", "BASEFEE", "BLOBHASH", "BLOBBASEFEE"};
        for (int i = 0; i < block.length; i++) NAMES[0x40 + i] = block[i];
        String[] mem = {"POP", "MLOAD", "MSTORE", "MSTORE8", "SLOAD", "SSTORE", "JUMP", "JUMPI", "PC", "MSIZE", "GAS",
            "JUMPDEST", "TLOAD", "TSTORE", "MCOPY", "PUSH0"};
        for (int i = 0; i < mem.length; i++) NAMES[0x50 + i] = mem[i];
        for (int n = 1; n <= 32; n++) NAMES[0x5f + n] = "PUSH" + n;
        for (int n = 1; n <= 16; n++) NAMES[0x7f + n] = "DUP" + n;
        for (int n = 1; n <= 16; n++) NAMES[0x8f + n] = "SWAP" + n;
        for (int n = 0; n <= 4; n++) NAMES[0xa0 + n] = "LOG" + n;
        NAMES[0xf0] = "CREATE";
        NAMES[0xf1] = "CALL";
        NAMES[0xf2] = "CALLCODE";
        NAMES[0xf3] = "RETURN";
        NAMES[0xf4] = "DELEGATECALL";
        NAMES[0xf5] = "CREATE2";
        NAMES[0xfa] = "STATICCALL";
        NAMES[0xfd] = "REVERT";
        NAMES[0xfe] = "INVALID";
        NAMES[0xff] = "SELFDESTRUCT";
        for (int i = 0; i < 256; i++) {
            if (NAMES[i] == null) NAMES[i] = "opcode 0x" + Integer.toHexString(i) + " not defined";
        }
    }

    private OpcodeNames() {}

    public static String name(int opcode) {
        return NAMES[opcode & 0xff];
    }
}
