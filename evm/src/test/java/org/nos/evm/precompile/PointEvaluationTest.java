package org.nos.evm.precompile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.evm.precompile.Bn254PrecompilesTest.hex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * EIP-4844 point evaluation. The external vectors (c-kzg-4844's verify_kzg_proof cases) are read at test time from
 * the EEST state test fixtures in /work/shared/conformance, whose contract calls 0x0a with the transaction data and
 * stores the call's success at slot 0.
 */
class PointEvaluationTest {
    private static final Path VECTORS =
            Path.of("/work/shared/conformance/state-tests/cancun/eip4844_blobs/test_external_vectors.json");
    /** The EIP-4844 example: the commitment and proof of the zero polynomial (the point at infinity). */
    private static final String INFINITY_POINT = "c0" + "00".repeat(47);

    @Test
    void zeroPolynomialEvaluatesToZero() {
        byte[] commitment = hex(INFINITY_POINT);
        String input = toHex(PointEvaluation.versionedHash(commitment)) + "00".repeat(32) + "00".repeat(32)
                + INFINITY_POINT + INFINITY_POINT;
        byte[] out = new PointEvaluation().run(hex(input));
        assertArrayEquals(hex("0000000000000000000000000000000000000000000000000000000000001000"
                + "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001"), out);
    }

    @Test
    void failures() {
        PointEvaluation precompile = new PointEvaluation();
        byte[] commitment = hex(INFINITY_POINT);
        String good = toHex(PointEvaluation.versionedHash(commitment)) + "00".repeat(64) + INFINITY_POINT + INFINITY_POINT;
        assertNotNull(precompile.run(hex(good)));
        assertNull(precompile.run(hex(good + "00")), "193 bytes");
        assertNull(precompile.run(hex(good.substring(2))), "191 bytes");
        assertNull(precompile.run(hex("02" + good.substring(2))), "wrong version byte");
        assertNull(precompile.run(hex(good.substring(0, 128) + "01" + good.substring(130))), "y = 1 is not the value at z");
        String zIsModulus = good.substring(0, 64) + "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001"
                + good.substring(128);
        assertNull(precompile.run(hex(zIsModulus)), "z not a canonical field element");
        assertEquals(50_000, precompile.gas(new byte[0]));
    }

    @Test
    void externalVectorsFromTheStateTests() throws IOException {
        Assumptions.assumeTrue(Files.exists(VECTORS), "conformance fixtures not present");
        JsonNode tests = new ObjectMapper().readTree(VECTORS.toFile());
        PointEvaluation precompile = new PointEvaluation();
        int checked = 0;
        int valid = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = tests.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> test = it.next();
            JsonNode fixture = test.getValue();
            String to = fixture.get("transaction").get("to").asText();
            for (JsonNode post : fixture.get("post").get("Cancun")) {
                String data = fixture.get("transaction").get("data").get(post.get("indexes").get("data").asInt()).asText();
                JsonNode storage = post.get("state").get(to).get("storage");
                boolean expectSuccess = storage.has("0x00") && storage.get("0x00").asText().equals("0x01");
                byte[] out = precompile.run(hex(data.substring(2)));
                assertEquals(expectSuccess, out != null, test.getKey());
                checked++;
                if (expectSuccess) valid++;
            }
        }
        assertTrue(checked > 100 && valid > 10, "checked " + checked + " vectors, " + valid + " valid");
    }

    private static String toHex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
