package org.nos.protocol.tx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;

/**
 * Every {@code txbytes} of the valid vectors in the state tests: it decodes, re-encodes to the same bytes,
 * recovers the fixture's sender, matches the fixture's fields, and signing the same fields with the fixture's
 * secret key reproduces it byte for byte.
 */
class StateTestTransactionsTest {
    private static final Path STATE_TESTS = Path.of("/work/shared/conformance/state-tests");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void validVectorsRoundTripAndRecoverTheirSender() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(STATE_TESTS), "conformance fixtures not present");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(STATE_TESTS)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int vectors = 0;
        int[] perType = new int[4];
        for (Path file : files) {
            for (JsonNode test : JSON.readTree(file.toFile())) {
                JsonNode fixture = test.get("transaction");
                if (fixture.has("authorizationList")) continue; // type 4: not a Cancun transaction
                for (JsonNode post : test.get("post").get("Cancun")) {
                    if (post.has("expectException") || !post.has("txbytes")) continue;
                    check(file + " " + post.get("indexes"), fixture, post);
                    Transaction tx = Transaction.decode(Hex.decode(post.get("txbytes").asText()));
                    perType[tx.type().code()]++;
                    vectors++;
                }
            }
        }
        assertTrue(vectors > 5000, "checked " + vectors);
        for (int count : perType) assertTrue(count > 0, "every signed type occurs");
    }

    private static void check(String where, JsonNode fixture, JsonNode post) {
        byte[] bytes = Hex.decode(post.get("txbytes").asText());
        Transaction tx = Transaction.decode(bytes);
        assertArrayEquals(bytes, ((CachedTransaction) tx).computeEncoded(), where);
        assertEquals(Address.fromHex(fixture.get("sender").asText()), tx.sender(), where);

        JsonNode idx = post.get("indexes");
        assertEquals(quantity(fixture.get("nonce")).longValueExact(), tx.nonce(), where);
        assertEquals(quantity(fixture.get("gasLimit").get(idx.get("gas").asInt())).longValueExact(), tx.gasLimit(), where);
        assertEquals(Wei.of(quantity(fixture.get("value").get(idx.get("value").asInt()))), tx.value(), where);
        assertEquals(Bytes.fromHex(fixture.get("data").get(idx.get("data").asInt()).asText()), tx.data(), where);
        String to = fixture.get("to").asText();
        assertEquals(to.isEmpty() ? null : Address.fromHex(to), tx.to(), where);
        if (fixture.has("gasPrice")) assertEquals(Wei.of(quantity(fixture.get("gasPrice"))), tx.maxFeePerGas(), where);

        PrivateKey key = PrivateKey.fromHex(fixture.get("secretKey").asText());
        assertArrayEquals(bytes, resign(tx, key).encoded(), where);
    }

    /** The same fields signed again with the fixture's key. */
    private static Transaction resign(Transaction tx, PrivateKey key) {
        if (tx instanceof LegacyTransaction t) {
            LegacyTransaction unsigned = LegacyTransaction.unsigned(t.nonce(), t.gasPrice(), t.gasLimit(), t.to(),
                    t.value(), t.data());
            OptionalLong chainId = t.chainId();
            return chainId.isPresent() ? unsigned.sign(key, chainId.getAsLong()) : unsigned.signWithoutChainId(key);
        } else if (tx instanceof AccessListTransaction t) {
            return AccessListTransaction.unsigned(t.chainId().getAsLong(), t.nonce(), t.gasPrice(), t.gasLimit(),
                    t.to(), t.value(), t.data(), t.accessList()).sign(key);
        } else if (tx instanceof DynamicFeeTransaction t) {
            return DynamicFeeTransaction.unsigned(t.chainId().getAsLong(), t.nonce(), t.maxPriorityFeePerGas(),
                    t.maxFeePerGas(), t.gasLimit(), t.to(), t.value(), t.data(), t.accessList()).sign(key);
        } else if (tx instanceof BlobTransaction t) {
            return BlobTransaction.unsigned(t.chainId().getAsLong(), t.nonce(), t.maxPriorityFeePerGas(),
                    t.maxFeePerGas(), t.gasLimit(), t.to(), t.value(), t.data(), t.accessList(),
                    t.maxFeePerBlobGas(), t.blobVersionedHashes()).sign(key);
        }
        throw new AssertionError("unexpected " + tx.type());
    }

    private static BigInteger quantity(JsonNode node) {
        String hex = node.asText();
        String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
        return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
    }
}
