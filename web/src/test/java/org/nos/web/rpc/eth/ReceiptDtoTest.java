package org.nos.web.rpc.eth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nos.ejb.chain.StoredLog;
import org.nos.ejb.chain.StoredReceipt;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/** ReceiptDto and LogDto serialized as the JSON-RPC layer does, against geth's receipt and log JSON. */
class ReceiptDtoTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Hash BLOCK = Hash.fromHex("0x1111111111111111111111111111111111111111111111111111111111111111");
    private static final Hash TX = Hash.fromHex("0x2222222222222222222222222222222222222222222222222222222222222222");
    private static final Hash TOPIC = Hash.fromHex("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
    private static final Address FROM = Address.fromHex("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    private static final Address TOKEN = Address.fromHex("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    private static final String BLOOM = "0x" + "00".repeat(256);

    @Test
    void contractCreationReceiptWithALog() throws Exception {
        StoredLog log = new StoredLog(TOKEN, List.of(TOPIC), Bytes.wrap(new byte[] {0, 1}), 5, BLOCK, TX, 1, 2);
        StoredReceipt receipt = new StoredReceipt(TX, 1, BLOCK, 5, FROM, null, TOKEN, 500_000, 521_000,
                Wei.of(1_000_000_001), true, 2, List.of(log), Bytes.wrap(new byte[256]), null);
        String expected = "{\"transactionHash\":\"" + TX.toHex() + "\",\"transactionIndex\":\"0x1\",\"blockHash\":\""
                + BLOCK.toHex() + "\",\"blockNumber\":\"0x5\",\"from\":\"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\","
                + "\"to\":null,\"cumulativeGasUsed\":\"0x7f328\",\"gasUsed\":\"0x7a120\","
                + "\"contractAddress\":\"0x5fbdb2315678afecb367f032d93f642f64180aa3\",\"logs\":[{\"address\":"
                + "\"0x5fbdb2315678afecb367f032d93f642f64180aa3\",\"topics\":[\"" + TOPIC.toHex() + "\"],\"data\":\"0x0001\","
                + "\"blockNumber\":\"0x5\",\"transactionHash\":\"" + TX.toHex() + "\",\"transactionIndex\":\"0x1\","
                + "\"blockHash\":\"" + BLOCK.toHex() + "\",\"logIndex\":\"0x2\",\"removed\":false}],"
                + "\"logsBloom\":\"" + BLOOM + "\",\"status\":\"0x1\",\"effectiveGasPrice\":\"0x3b9aca01\",\"type\":\"0x2\"}";
        assertEquals(JSON.readTree(expected), JSON.readTree(JSON.writeValueAsString(ReceiptDto.of(receipt))));
    }

    @Test
    void failedTransferHasNullContractAddressAndEmptyLogs() throws Exception {
        StoredReceipt receipt = new StoredReceipt(TX, 0, BLOCK, 0x100, FROM, TOKEN, null, 21_000, 21_000,
                Wei.gwei(1), false, 0, List.of(), Bytes.wrap(new byte[256]), null);
        var node = JSON.readTree(JSON.writeValueAsString(ReceiptDto.of(receipt)));
        assertEquals(true, node.get("contractAddress").isNull());
        assertEquals("0x5fbdb2315678afecb367f032d93f642f64180aa3", node.get("to").textValue());
        assertEquals("0x0", node.get("status").textValue());
        assertEquals("0x0", node.get("type").textValue());
        assertEquals("0x0", node.get("transactionIndex").textValue());
        assertEquals("0x100", node.get("blockNumber").textValue());
        assertEquals(0, node.get("logs").size());
        assertEquals(false, node.has("depositNonce"), "only deposits carry a deposit nonce");
    }

    @Test
    void depositReceiptCarriesItsNonceAndReceiptVersion() throws Exception {
        StoredReceipt receipt = new StoredReceipt(TX, 0, BLOCK, 1, FROM, TOKEN, null, 21_000, 21_000,
                Wei.ZERO, true, 0x7e, List.of(), Bytes.wrap(new byte[256]), 12L);
        var node = JSON.readTree(JSON.writeValueAsString(ReceiptDto.of(receipt)));
        assertEquals("0x7e", node.get("type").textValue());
        assertEquals("0xc", node.get("depositNonce").textValue());
        assertEquals("0x1", node.get("depositReceiptVersion").textValue());
        assertEquals("0x0", node.get("effectiveGasPrice").textValue());
    }
}
