package org.nos.protocol.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.BlockHeader;

/** Each valid block of the blockchain tests has the base fee and excess blob gas its parent implies. */
class FeeConformanceTest {
    private static final Path BLOCKCHAIN_TESTS = Path.of("/work/shared/conformance/blockchain-tests");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void headersFollowTheFeeRules() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(BLOCKCHAIN_TESTS), "conformance fixtures not present");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(BLOCKCHAIN_TESTS)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int checked = 0;
        for (Path file : files) {
            for (JsonNode test : JSON.readTree(file.toFile())) {
                BlockHeader parent = header(test.get("genesisRLP").asText());
                for (JsonNode block : test.get("blocks")) {
                    if (block.has("expectException") || !block.has("blockHeader")) continue;
                    if (block.get("blockHeader").get("timestamp").asText().length() > 17) continue; // > 63 bits
                    BlockHeader child = header(block.get("rlp").asText());
                    if (!child.parentHash().equals(parent.hash())) break; // a side chain: stop following
                    assertEquals(Wei.of(child.baseFeePerGas()), Eip1559.nextBaseFee(parent.gasUsed(),
                            parent.gasLimit(), Wei.of(parent.baseFeePerGas()), Eip1559Params.ETHEREUM), file.toString());
                    assertEquals(child.excessBlobGas().longValue(), Eip4844.nextExcessBlobGas(parent.excessBlobGas(),
                            parent.blobGasUsed(), BlobSchedule.CANCUN), file.toString());
                    parent = child;
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    private static BlockHeader header(String blockRlp) {
        org.nos.protocol.rlp.RlpReader body = org.nos.protocol.rlp.RlpReader.ofList(Hex.decode(blockRlp));
        return BlockHeader.decode(body.readList());
    }
}
