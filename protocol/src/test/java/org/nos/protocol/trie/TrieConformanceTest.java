package org.nos.protocol.trie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.rlp.RlpReader;

/**
 * Roots from the Ethereum blockchain tests: the genesis state root is the root of {@code pre}, and each valid
 * block's header commits to the roots of its transactions and withdrawals.
 */
class TrieConformanceTest {
    static final Path BLOCKCHAIN_TESTS = Path.of("/work/shared/conformance/blockchain-tests");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void genesisStateRootIsTheRootOfPre() throws IOException {
        List<Path> files = sample();
        int checked = 0;
        for (Path file : files) {
            for (Map.Entry<String, JsonNode> test : JSON.readTree(file.toFile()).properties()) {
                JsonNode t = test.getValue();
                Hash expected = Hash.fromHex(t.get("genesisBlockHeader").get("stateRoot").asText());
                assertEquals(expected, AllocRoot.of(t.get("pre")), file + " " + test.getKey());
                if (t.has("postState") && t.get("lastblockhash").asText().equals(lastValidHeaderHash(t))) {
                    assertEquals(lastValidStateRoot(t), AllocRoot.of(t.get("postState")), file + " " + test.getKey());
                }
                checked++;
            }
        }
        assertTrue(checked >= 20, "checked " + checked);
    }

    @Test
    void blockHeadersCommitToTransactionAndWithdrawalRoots() throws IOException {
        int blocks = 0;
        for (Path file : sample()) {
            for (JsonNode t : JSON.readTree(file.toFile())) {
                for (JsonNode block : t.get("blocks")) {
                    if (block.has("expectException") || !block.has("blockHeader")) continue;
                    JsonNode header = block.get("blockHeader");
                    RlpReader body = RlpReader.ofList(Hex.decode(block.get("rlp").asText()));
                    body.skip();
                    assertEquals(Hash.fromHex(header.get("transactionsTrie").asText()),
                            TrieRoots.ordered(items(body.readList())));
                    body.skip();
                    if (header.has("withdrawalsRoot")) {
                        assertEquals(Hash.fromHex(header.get("withdrawalsRoot").asText()),
                                TrieRoots.ordered(items(body.readList())));
                    }
                    blocks++;
                }
            }
        }
        assertTrue(blocks >= 20, "checked " + blocks);
    }

    /** Typed transactions are RLP strings holding their EIP-2718 bytes; legacy ones and withdrawals are lists. */
    private static List<byte[]> items(RlpReader list) {
        List<byte[]> out = new ArrayList<>();
        while (list.hasNext()) out.add(list.nextIsList() ? list.readRaw() : list.readBytes());
        return out;
    }

    private static String lastValidHeaderHash(JsonNode t) {
        String hash = t.get("genesisBlockHeader").get("hash").asText();
        for (JsonNode block : t.get("blocks")) {
            if (block.has("blockHeader") && !block.has("expectException")) hash = block.get("blockHeader").get("hash").asText();
        }
        return hash;
    }

    private static Hash lastValidStateRoot(JsonNode t) {
        String root = t.get("genesisBlockHeader").get("stateRoot").asText();
        for (JsonNode block : t.get("blocks")) {
            if (block.has("blockHeader") && !block.has("expectException")) root = block.get("blockHeader").get("stateRoot").asText();
        }
        return Hash.fromHex(root);
    }

    /** Every legacy ValidBlocks file of a few categories plus some EEST files, in a fixed order. */
    static List<Path> sample() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(BLOCKCHAIN_TESTS), "conformance fixtures not present");
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("legacy/ValidBlocks/bcExample", "legacy/ValidBlocks/bcStateTests",
                "legacy/ValidBlocks/bcEIP1559", "legacy/ValidBlocks/bcEIP4844-blobtransactions",
                "eest/shanghai/eip4895_withdrawals", "eest/cancun/eip6780_selfdestruct")) {
            try (Stream<Path> files = Files.walk(BLOCKCHAIN_TESTS.resolve(dir))) {
                files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
