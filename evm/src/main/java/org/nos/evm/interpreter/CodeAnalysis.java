package org.nos.evm.interpreter;

import java.util.concurrent.ConcurrentHashMap;
import org.nos.protocol.base.Hash;

/**
 * Code ready to run: padded with zeros (so PUSH never reads past the end and running off the end reads STOP) and
 * its valid jump destinations as a bitmap. Analyses of deployed code are cached by code hash.
 */
public final class CodeAnalysis {
    private static final int CACHE_LIMIT = 8192;
    private static final ConcurrentHashMap<Hash, CodeAnalysis> CACHE = new ConcurrentHashMap<>();
    static final int PADDING = 33;

    final byte[] code;
    final int length;
    private final long[] jumpDests;

    private CodeAnalysis(byte[] raw) {
        length = raw.length;
        code = new byte[raw.length + PADDING];
        System.arraycopy(raw, 0, code, 0, raw.length);
        jumpDests = new long[(raw.length >>> 6) + 1];
        for (int pc = 0; pc < raw.length; pc++) {
            int op = raw[pc] & 0xff;
            if (op == 0x5b) {
                jumpDests[pc >>> 6] |= 1L << (pc & 63);
            } else if (op >= 0x60 && op <= 0x7f) {
                pc += op - 0x5f;
            }
        }
    }

    /** Analyses code that has no hash yet (init code). */
    public static CodeAnalysis of(byte[] code) {
        return new CodeAnalysis(code);
    }

    /** The cached analysis of deployed code. */
    public static CodeAnalysis of(Hash codeHash, byte[] code) {
        CodeAnalysis cached = CACHE.get(codeHash);
        if (cached != null) return cached;
        CodeAnalysis fresh = new CodeAnalysis(code);
        if (CACHE.size() >= CACHE_LIMIT) CACHE.clear();
        CACHE.put(codeHash, fresh);
        return fresh;
    }

    /** Whether {@code pc} is a JUMPDEST (within C2's 35 bytes of always-inlined code, as the loop calls it often). */
    public boolean isJumpDest(long pc) {
        return Long.compareUnsigned(pc, length) < 0 && marked((int) pc);
    }

    private boolean marked(int pc) {
        return (jumpDests[pc >>> 6] >>> pc & 1) != 0;
    }

    public int length() {
        return length;
    }

    /** The unpadded code. */
    public byte[] code() {
        return java.util.Arrays.copyOf(code, length);
    }
}
