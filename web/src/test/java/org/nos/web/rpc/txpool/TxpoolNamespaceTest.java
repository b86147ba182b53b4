package org.nos.web.rpc.txpool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.DynamicFeeTransaction;
import org.nos.protocol.tx.Transaction;

/** txpool_content's shape: checksummed sender → decimal nonce → pending transaction object. */
class TxpoolNamespaceTest {
    private static final PrivateKey DEV1 = PrivateKey.fromHex("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");

    @Test
    void contentIsKeyedByChecksumAddressAndDecimalNonce() throws Exception {
        TreeMap<Address, List<Transaction>> pending = new TreeMap<>();
        Address to = Address.fromHex("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        Transaction tx9 = DynamicFeeTransaction.unsigned(42213, 9, Wei.of(1), Wei.gwei(2), 21_000, to, Wei.of(1), Bytes.EMPTY, List.of()).sign(DEV1);
        Transaction tx10 = DynamicFeeTransaction.unsigned(42213, 10, Wei.of(1), Wei.gwei(2), 21_000, to, Wei.of(1), Bytes.EMPTY, List.of()).sign(DEV1);
        pending.put(DEV1.address(), List.of(tx9, tx10));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(mapper.writeValueAsString(TxpoolNamespace.byAddress(pending)));
        JsonNode byNonce = json.get("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assertEquals(2, byNonce.size());
        assertEquals(tx9.hash().toHex(), byNonce.get("9").get("hash").textValue());
        assertEquals(tx10.hash().toHex(), byNonce.get("10").get("hash").textValue());
        assertEquals("0xa", byNonce.get("10").get("nonce").textValue());
        assertEquals(true, byNonce.get("9").get("blockHash").isNull());
        assertEquals("0x70997970c51812dc3a010c7d01b50e0d17dc79c8", byNonce.get("9").get("from").textValue());
    }
}
