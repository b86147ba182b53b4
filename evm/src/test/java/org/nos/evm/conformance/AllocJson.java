package org.nos.evm.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.nos.evm.Word;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.InMemoryStateStore.AllocAccount;
import org.nos.protocol.base.Address;

/** A fixture alloc ({@code pre}, {@code postState}, {@code state}): address to nonce, balance, code and storage. */
public final class AllocJson {
    private AllocJson() {}

    public static Map<Address, AllocAccount> parse(JsonNode alloc) {
        Map<Address, AllocAccount> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : alloc.properties()) {
            JsonNode a = e.getValue();
            Map<Word, Word> storage = new TreeMap<>();
            JsonNode slots = a.get("storage");
            if (slots != null) {
                slots.properties().forEach(s -> storage.put(
                        Word.fromBytes(JsonHex.word(JsonHex.textNode(s.getKey()))), Word.fromBytes(JsonHex.word(s.getValue()))));
            }
            out.put(Address.fromHex(e.getKey()), new AllocAccount(
                    JsonHex.unsigned64(JsonHex.required(a, "nonce")),
                    JsonHex.wei(JsonHex.required(a, "balance")),
                    JsonHex.bytes(JsonHex.required(a, "code")),
                    storage));
        }
        return out;
    }

    /** A fresh store holding {@code alloc}. */
    public static InMemoryStateStore store(JsonNode alloc) {
        return InMemoryStateStore.fromAlloc(parse(alloc));
    }
}
