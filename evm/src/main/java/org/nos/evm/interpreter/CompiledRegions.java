package org.nos.evm.interpreter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The regions {@link CodeCompiler} compiled, least recently used evicted beyond {@link #CAPACITY}: each is a class
 * of its own, and anyone can make code run hot (an {@code eth_call} with a state override brings any code), so
 * their number must be bounded. A region evicted is compiled again when it runs hot again.
 */
final class CompiledRegions {
    static final int CAPACITY = 512;

    private static final Map<Region, Optional<CompiledCode>> REGIONS = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Region, Optional<CompiledCode>> eldest) {
            return size() > CAPACITY;
        }
    };

    /** A region: the code (by identity; deployed code's analysis is shared per code hash), fork and entry pc. */
    private record Region(CodeAnalysis code, OpcodeTable table, int entry) {}

    private CompiledRegions() {}

    /**
     * The code that runs from {@code entry} (0 or a JUMPDEST) compiled to JVM bytecode for {@code table}'s fork,
     * compiled on the first call; null when it is too large to compile.
     */
    static synchronized CompiledCode of(CodeAnalysis code, OpcodeTable table, int entry) {
        return REGIONS.computeIfAbsent(new Region(code, table, entry),
                r -> Optional.ofNullable(CodeCompiler.compile(code, table, entry))).orElse(null);
    }
}
