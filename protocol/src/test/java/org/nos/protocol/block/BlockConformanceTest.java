package org.nos.protocol.block;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.tx.Transaction;

/**
 * Every valid block of the blockchain tests decodes, re-encodes to the same bytes, hashes to the fixture's hash,
 * commits to its transactions and withdrawals, and names the fixture's senders. For blocks made only of plain
 * transfers to accounts without code (each uses exactly 21000 gas and cannot fail) the receipts are known
 * without executing anything, so their receipts root and bloom are checked too.
 */
class BlockConformanceTest {
    private static final Path BLOCKCHAIN_TESTS = Path.of("/work/shared/conformance/blockchain-tests");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void validBlocksRoundTrip() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(BLOCKCHAIN_TESTS), "conformance fixtures not present");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(BLOCKCHAIN_TESTS)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int blocks = 0;
        int receiptRoots = 0;
        for (Path file : files) {
            for (JsonNode test : JSON.readTree(file.toFile())) {
                byte[] genesis = Hex.decode(test.get("genesisRLP").asText());
                assertArrayEquals(genesis, Block.decode(genesis).encode(), file.toString());
                for (JsonNode block : test.get("blocks")) {
                    if (block.has("expectException") || !block.has("blockHeader")) continue;
                    String where = file + " block " + block.get("blockHeader").get("number").asText();
                    if (new java.math.BigInteger(block.get("blockHeader").get("timestamp").asText().substring(2), 16)
                            .bitLength() > 63) {
                        continue; // BlockHeader holds the timestamp in 63 bits; EIP-4788 tests use up to 2^64-1
                    }
                    byte[] rlp = Hex.decode(block.get("rlp").asText());
                    Block decoded = Block.decode(rlp);
                    assertArrayEquals(rlp, decoded.encode(), where);
                    JsonNode header = block.get("blockHeader");
                    assertEquals(Hash.fromHex(header.get("hash").asText()), decoded.hash(), where);
                    assertEquals(decoded.header().transactionsRoot(), decoded.computeTransactionsRoot(), where);
                    if (decoded.withdrawals() != null) {
                        assertEquals(decoded.header().withdrawalsRoot(), decoded.computeWithdrawalsRoot(), where);
                    }
                    JsonNode txs = block.get("transactions");
                    assertEquals(txs.size(), decoded.transactions().size(), where);
                    for (int i = 0; i < txs.size(); i++) {
                        assertEquals(Address.fromHex(txs.get(i).get("sender").asText()),
                                decoded.transactions().get(i).sender(), where);
                    }
                    if (onlyPlainTransfers(decoded, test.get("pre"))) {
                        List<Receipt> receipts = new ArrayList<>();
                        for (int i = 0; i < decoded.transactions().size(); i++) {
                            Transaction tx = decoded.transactions().get(i);
                            receipts.add(Receipt.of(tx.type(), true, 21_000L * (i + 1), List.of()));
                        }
                        assertEquals(decoded.header().receiptsRoot(), Receipt.root(receipts), where);
                        assertEquals(decoded.header().logsBloom(), Receipt.blockBloom(receipts).toBytes(), where);
                        receiptRoots++;
                    }
                    blocks++;
                }
            }
        }
        assertTrue(blocks > 1000, "checked " + blocks);
        assertTrue(receiptRoots > 10, "receipt roots checked " + receiptRoots);
    }

    /** Every transaction sends value to an account the pre-state gives no code, with no data; 21000 gas each. */
    private static boolean onlyPlainTransfers(Block block, JsonNode pre) {
        List<Transaction> txs = block.transactions();
        if (txs.isEmpty() || block.header().gasUsed() != 21_000L * txs.size()) return false;
        for (Transaction tx : txs) {
            if (tx.to() == null || !tx.data().isEmpty() || !tx.accessList().isEmpty()) return false;
            JsonNode account = pre.get(tx.to().toHex());
            if (account != null && !account.get("code").asText().equals("0x")) return false;
            if (tx.to().toHex().compareTo("0x0000000000000000000000000000000000000100") < 0) return false; // precompiles
        }
        return true;
    }
}
