package org.nos.evm.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;

/** Reads the hex strings of the fixtures ({@code 0x}-prefixed quantities and byte strings) into our types. */
public final class JsonHex {
    private JsonHex() {}

    /** A text node, for hex held in a JSON key (storage slots, addresses). */
    static JsonNode textNode(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
    }

    public static JsonNode required(JsonNode parent, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) throw new IllegalArgumentException("missing field " + field);
        return n;
    }

    public static BigInteger big(JsonNode n) {
        String s = n.asText();
        String digits = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
        return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
    }

    /** A quantity that must fit in 63 bits. */
    public static long quantity(JsonNode n) {
        BigInteger v = big(n);
        if (v.bitLength() > 63) throw new IllegalArgumentException("quantity does not fit in 63 bits: " + n.asText());
        return v.longValue();
    }

    /** An unsigned 64-bit quantity (account nonces may reach 2^64 - 1), as the long with the same bits. */
    public static long unsigned64(JsonNode n) {
        BigInteger v = big(n);
        if (v.bitLength() > 64) throw new IllegalArgumentException("quantity does not fit in 64 bits: " + n.asText());
        return v.longValue();
    }

    public static Wei wei(JsonNode n) {
        return Wei.of(big(n));
    }

    public static Bytes bytes(JsonNode n) {
        return Bytes.wrap(Hex.decode(n.asText()));
    }

    public static Address address(JsonNode n) {
        return Address.fromHex(n.asText());
    }

    public static Hash hash(JsonNode n) {
        return Hash.fromHex(n.asText());
    }

    /** A quantity as a 32-byte big-endian word (storage keys and values). */
    public static byte[] word(JsonNode n) {
        byte[] raw = big(n).toByteArray();
        byte[] word = new byte[32];
        int len = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - len, word, 32 - len, len);
        return word;
    }
}
