package org.nos.arquillian.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nos.arquillian.HeaderCheck;
import org.nos.arquillian.NosEar;
import org.nos.arquillian.NosNode;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.chain.Eip1559;
import org.nos.protocol.chain.Eip1559Params;

/** Sealed headers are real Ethereum headers: hash-chained, exactly one block time apart, hashes recomputable. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BlockSealingIT {
    private static final String EMPTY_TRIE = "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
    private static final String EMPTY_LIST = "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @Test
    void headersAreHashChainedOneBlockTimeApart() {
        NosNode.await(Duration.ofSeconds(30), "five blocks", () -> NosNode.blockNumber() >= 5);
        long head = NosNode.blockNumber();
        List<JsonNode> blocks = new ArrayList<>();
        for (long n = Math.max(0, head - 20); n <= head; n++) blocks.add(NosNode.block(n));

        for (JsonNode block : blocks) {
            assertEquals(Hash.fromHex(block.get("hash").textValue()), HeaderCheck.recomputedHash(block),
                    "keccak(rlp(header)) of block " + block.get("number"));
        }
        for (int i = 1; i < blocks.size(); i++) {
            JsonNode parent = blocks.get(i - 1);
            JsonNode child = blocks.get(i);
            assertEquals(NosNode.quantity(parent.get("number")) + 1, NosNode.quantity(child.get("number")));
            assertEquals(parent.get("hash").textValue(), child.get("parentHash").textValue());
            assertEquals(NosNode.quantity(parent.get("timestamp")) + 2, NosNode.quantity(child.get("timestamp")),
                    "timestamps of blocks " + parent.get("number") + " and " + child.get("number"));
        }
    }

    @Test
    void blocksCarryEveryGethFieldWithPostMergeValues() {
        // other test classes send transactions: wait for an empty head block (one comes within a block time or two)
        NosNode.await(Duration.ofSeconds(30), "an empty head block", () -> NosNode.blockNumber() >= 1
                && NosNode.result("eth_getBlockByNumber", "[\"latest\",false]").get("transactions").isEmpty());
        JsonNode block = NosNode.result("eth_getBlockByNumber", "[\"latest\",true]");
        JsonNode parent = NosNode.block(NosNode.quantity(block.get("number")) - 1);
        for (String field : new String[] {"number", "hash", "parentHash", "nonce", "sha3Uncles", "logsBloom",
                "transactionsRoot", "stateRoot", "receiptsRoot", "miner", "difficulty", "totalDifficulty", "extraData",
                "size", "gasLimit", "gasUsed", "timestamp", "transactions", "uncles", "baseFeePerGas", "withdrawalsRoot",
                "withdrawals", "blobGasUsed", "excessBlobGas", "parentBeaconBlockRoot", "mixHash"}) {
            assertTrue(block.has(field), "missing " + field + " in " + block);
        }
        assertEquals("0x0000000000000000", block.get("nonce").textValue());
        assertEquals(EMPTY_LIST, block.get("sha3Uncles").textValue());
        assertEquals(EMPTY_TRIE, block.get("transactionsRoot").textValue());
        assertEquals(EMPTY_TRIE, block.get("receiptsRoot").textValue());
        assertEquals(EMPTY_TRIE, block.get("withdrawalsRoot").textValue());
        assertEquals("0x0", block.get("difficulty").textValue());
        assertEquals("0x1c9c380", block.get("gasLimit").textValue());
        Wei expectedBaseFee = Eip1559.nextBaseFee(NosNode.quantity(parent.get("gasUsed")),
                NosNode.quantity(parent.get("gasLimit")), Wei.parse(parent.get("baseFeePerGas").textValue()),
                Eip1559Params.OP_STACK);
        assertEquals(expectedBaseFee.toQuantity(), block.get("baseFeePerGas").textValue(),
                "EIP-1559 with elasticity 6, denominator 250 and the 1 gwei floor");
        assertEquals("0x0", block.get("blobGasUsed").textValue());
        assertEquals("0x0", block.get("excessBlobGas").textValue());
        assertEquals("0x4200000000000000000000000000000000000011", block.get("miner").textValue());
        assertEquals(0, block.get("transactions").size());
        assertEquals(0, block.get("withdrawals").size());
        // an empty block changes no state: its root is its parent's, a real trie root (never the empty trie)
        assertTrue(!EMPTY_TRIE.equals(block.get("stateRoot").textValue()));
        assertEquals(parent.get("stateRoot"), block.get("stateRoot"));
    }

    @Test
    void tagsAndLookups() {
        NosNode.await(Duration.ofSeconds(30), "block 2", () -> NosNode.blockNumber() >= 2);
        JsonNode genesis = NosNode.result("eth_getBlockByNumber", "[\"0x0\",false]");
        assertEquals(genesis, NosNode.result("eth_getBlockByNumber", "[\"earliest\",false]"));
        assertEquals(genesis, NosNode.result("eth_getBlockByNumber", "[\"finalized\",false]"));
        assertEquals(genesis, NosNode.result("eth_getBlockByHash", "[\"" + genesis.get("hash").textValue() + "\",false]"));
        JsonNode pending = NosNode.result("eth_getBlockByNumber", "[\"pending\",false]");
        assertTrue(NosNode.quantity(pending.get("number")) >= 2);
        assertTrue(NosNode.result("eth_getBlockByNumber", "[\"0x7fffffffffffffff\",false]").isNull());
    }

    @Test
    void exactTimestampsNeverRepeat() {
        NosNode.await(Duration.ofSeconds(30), "block 3", () -> NosNode.blockNumber() >= 3);
        long head = NosNode.blockNumber();
        long genesisTime = NosNode.quantity(NosNode.block(0).get("timestamp"));
        for (long n = Math.max(1, head - 50); n <= head; n++) {
            assertEquals(genesisTime + 2 * n, NosNode.quantity(NosNode.block(n).get("timestamp")), "block " + n);
        }
    }
}
