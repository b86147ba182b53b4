package org.nos.web.rpc.eth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nos.ejb.chain.StoredTransaction;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.AccessListEntry;
import org.nos.protocol.tx.DynamicFeeTransaction;
import org.nos.protocol.tx.Transaction;

/** TransactionDto serialized as the JSON-RPC layer does, against the JSON geth's RPCTransaction prints. */
class TransactionDtoTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Hash BLOCK = Hash.fromHex("0x1111111111111111111111111111111111111111111111111111111111111111");
    /** EIP-155's worked example: nonce 9, 20 gwei, 21000 gas, 1 ether to 0x3535…, chain id 1, v = 37. */
    private static final String EIP155_RAW = "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a7"
            + "6400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb7033"
            + "04b3800ccf555c9f3dc64214b297fb1966a3b6d83";
    private static final PrivateKey DEV0 = PrivateKey.fromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

    private static JsonNode json(TransactionDto dto) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(dto));
    }

    @Test
    void minedLegacyEip155TransactionAsGethPrintsIt() throws Exception {
        byte[] raw = Hex.decode(EIP155_RAW);
        Transaction tx = Transaction.decode(raw);
        StoredTransaction stored = new StoredTransaction(tx, tx.sender(), BLOCK, 0x1b4, 3, Wei.gwei(20));
        String expected = "{\"blockHash\":\"0x1111111111111111111111111111111111111111111111111111111111111111\","
                + "\"blockNumber\":\"0x1b4\",\"from\":\"0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f\",\"gas\":\"0x5208\","
                + "\"gasPrice\":\"0x4a817c800\",\"hash\":\"" + Hash.keccak(raw).toHex() + "\",\"input\":\"0x\",\"nonce\":\"0x9\","
                + "\"to\":\"0x3535353535353535353535353535353535353535\",\"transactionIndex\":\"0x3\","
                + "\"value\":\"0xde0b6b3a7640000\",\"type\":\"0x0\",\"chainId\":\"0x1\",\"v\":\"0x25\","
                + "\"r\":\"0x28ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276\","
                + "\"s\":\"0x67cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83\"}";
        assertEquals(JSON.readTree(expected), json(TransactionDto.of(stored)));
    }

    @Test
    void pendingDynamicFeeTransactionHasNullPlacementAndTheFeeCapAsGasPrice() throws Exception {
        DynamicFeeTransaction tx = DynamicFeeTransaction.unsigned(42213, 0, Wei.of(1_000_000), Wei.gwei(3), 21_000,
                Address.fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), Wei.of(255), Bytes.EMPTY, List.of()).sign(DEV0);
        JsonNode node = json(TransactionDto.of(StoredTransaction.pending(tx)));
        assertEquals(Set.of("blockHash", "blockNumber", "from", "gas", "gasPrice", "maxFeePerGas", "maxPriorityFeePerGas",
                "hash", "input", "nonce", "to", "transactionIndex", "value", "type", "accessList", "chainId", "v", "r", "s",
                "yParity"), fields(node));
        assertEquals(true, node.get("blockHash").isNull());
        assertEquals(true, node.get("blockNumber").isNull());
        assertEquals(true, node.get("transactionIndex").isNull());
        assertEquals("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", node.get("from").textValue());
        assertEquals("0xb2d05e00", node.get("gasPrice").textValue(), "pending: the fee cap");
        assertEquals("0xb2d05e00", node.get("maxFeePerGas").textValue());
        assertEquals("0xf4240", node.get("maxPriorityFeePerGas").textValue());
        assertEquals("0xff", node.get("value").textValue());
        assertEquals("0x0", node.get("nonce").textValue());
        assertEquals("0x2", node.get("type").textValue());
        assertEquals("0xa4e5", node.get("chainId").textValue());
        assertEquals(node.get("v"), node.get("yParity"));
        assertEquals(0, node.get("accessList").size(), "geth prints an empty access list as []");
        assertEquals("0x" + tx.r().toString(16), node.get("r").textValue(), "r as a minimal quantity");
        assertEquals("0x" + tx.s().toString(16), node.get("s").textValue());
    }

    @Test
    void minedDynamicFeeTransactionShowsTheEffectiveGasPriceAndItsAccessList() throws Exception {
        Address to = Address.fromHex("0x4200000000000000000000000000000000000011");
        Hash key = Hash.fromHex("0x0000000000000000000000000000000000000000000000000000000000000001");
        DynamicFeeTransaction tx = DynamicFeeTransaction.unsigned(42213, 7, Wei.of(2), Wei.gwei(3), 30_000, null, Wei.ZERO,
                Bytes.wrap(new byte[] {0x60, 0x00}), List.of(new AccessListEntry(to, List.of(key)))).sign(DEV0);
        JsonNode node = json(TransactionDto.of(new StoredTransaction(tx, DEV0.address(), BLOCK, 16, 0, Wei.of(1_000_000_002))));
        assertEquals("0x3b9aca02", node.get("gasPrice").textValue());
        assertEquals(true, node.get("to").isNull(), "a creation prints to: null");
        assertEquals("0x10", node.get("blockNumber").textValue());
        assertEquals("0x0", node.get("transactionIndex").textValue());
        assertEquals("0x7", node.get("nonce").textValue());
        assertEquals("0x6000", node.get("input").textValue());
        assertEquals(JSON.readTree("[{\"address\":\"0x4200000000000000000000000000000000000011\",\"storageKeys\":"
                + "[\"0x0000000000000000000000000000000000000000000000000000000000000001\"]}]"), node.get("accessList"));
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
