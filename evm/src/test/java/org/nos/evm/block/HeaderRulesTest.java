package org.nos.evm.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.BlockHeader;

class HeaderRulesTest {
    static final BigInteger BASE_FEE = BigInteger.valueOf(7);
    static final long EXCESS = 0;

    static BlockHeader parent() {
        return new BlockHeader(Hash.ZERO, Hash.EMPTY_LIST, Address.ZERO, Hash.EMPTY_TRIE, Hash.EMPTY_TRIE, Hash.EMPTY_TRIE,
                BlockHeader.EMPTY_BLOOM, BigInteger.ZERO, 10, 30_000_000, 0, 1000, Bytes.EMPTY, Hash.ZERO,
                BlockHeader.ZERO_NONCE, BASE_FEE, Hash.EMPTY_TRIE, 0L, 0L, Hash.ZERO);
    }

    static BlockHeader child() {
        BlockHeader p = parent();
        return new BlockHeader(p.hash(), Hash.EMPTY_LIST, Address.ZERO, Hash.EMPTY_TRIE, Hash.EMPTY_TRIE, Hash.EMPTY_TRIE,
                BlockHeader.EMPTY_BLOOM, BigInteger.ZERO, 11, 30_000_000, 21_000, 1012, Bytes.EMPTY, Hash.ZERO,
                BlockHeader.ZERO_NONCE, BASE_FEE, Hash.EMPTY_TRIE, 0L, 0L, Hash.ZERO);
    }

    static UnaryOperator<BlockHeader> set(int index, Object value) {
        return HeaderEdits.set(index, value);
    }

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("valid", set(0, child().parentHash()), null),
                Arguments.of("wrong parent", set(0, Hash.ZERO), "parent hash"),
                Arguments.of("ommers", set(1, Hash.EMPTY_TRIE), "ommers hash"),
                Arguments.of("difficulty", set(7, BigInteger.ONE), "difficulty"),
                Arguments.of("number skips", set(8, 12L), "block number"),
                Arguments.of("same number", set(8, 10L), "block number"),
                Arguments.of("gas used over limit", set(10, 30_000_001L), "gas used"),
                Arguments.of("same timestamp", set(11, 1000L), "timestamp"),
                Arguments.of("older timestamp", set(11, 999L), "timestamp"),
                Arguments.of("extra data 32", set(12, Bytes.wrap(new byte[32])), null),
                Arguments.of("extra data 33", set(12, Bytes.wrap(new byte[33])), "extra data"),
                Arguments.of("nonce", set(14, Bytes.wrap(new byte[] {0, 0, 0, 0, 0, 0, 0, 1})), "nonce"),
                Arguments.of("base fee", set(15, BigInteger.valueOf(8)), "base fee"),
                Arguments.of("no base fee", set(15, null), "missing base fee"),
                Arguments.of("no withdrawals root", set(16, null), "missing withdrawals"),
                Arguments.of("no blob gas used", set(17, null), "missing blob gas used"),
                Arguments.of("excess blob gas", set(18, 1L), "excess blob gas"),
                Arguments.of("no beacon root", set(19, null), "missing parent beacon"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headers")
    void checksTheHeaderAgainstItsParent(String name, UnaryOperator<BlockHeader> change, String violation) {
        Optional<String> result = HeaderRules.check(parent(), change.apply(child()), BASE_FEE, EXCESS);
        if (violation == null) {
            assertEquals(Optional.empty(), result);
        } else {
            assertTrue(result.isPresent() && result.get().contains(violation), name + ": " + result);
        }
    }

    @ParameterizedTest(name = "parent {0}, child {1}: valid {2}")
    @CsvSource({
        "30000000, 30000000, true",
        "30000000, 30029296, false",  // the bound is 30000000 / 1024 = 29296, and the change must stay below it
        "30000000, 30029295, true",
        "30000000, 29970705, true",
        "30000000, 29970704, false",
        "30000000, 30029297, false",
        "5000, 5000, true",
        "5000, 4999, false",
        "1024, 1024, false",          // unchanged, but below the minimum
    })
    void gasLimitMovesLessThanOneIn1024(long parent, long child, boolean valid) {
        assertEquals(valid, HeaderRules.gasLimit(parent, child).isEmpty());
    }
}
