package org.nos.protocol.trie;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Map;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.state.AccountState;

/** The state root of a fixture alloc ({@code pre}, {@code postState}): a test helper. */
final class AllocRoot {
    private AllocRoot() {}

    static Hash of(JsonNode alloc) {
        SecureTrie state = SecureTrie.inMemory();
        for (Map.Entry<String, JsonNode> e : alloc.properties()) {
            JsonNode json = e.getValue();
            SecureTrie storage = SecureTrie.inMemory();
            for (Map.Entry<String, JsonNode> slot : json.get("storage").properties()) {
                BigInteger value = quantity(slot.getValue().asText());
                if (value.signum() != 0) {
                    storage.put(word(quantity(slot.getKey())), Rlp.encodeBigInteger(value));
                }
            }
            AccountState account = new AccountState(quantity(json.get("nonce").asText()).longValueExact(),
                    Wei.of(quantity(json.get("balance").asText())), storage.rootHash(),
                    Hash.keccak(Hex.decode(json.get("code").asText())));
            state.put(Hex.decode(e.getKey()), account.encode());
        }
        return state.rootHash();
    }

    static BigInteger quantity(String hex) {
        String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
        return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
    }

    /** The 32-byte big-endian word of a slot number. */
    static byte[] word(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int len = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - len, out, 32 - len, len);
        return out;
    }
}
