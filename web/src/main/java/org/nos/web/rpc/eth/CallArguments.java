package org.nos.web.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.nos.ejb.execution.AccountOverride;
import org.nos.ejb.execution.CallRequest;
import org.nos.ejb.execution.StateOverrides;
import org.nos.evm.Word;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.AccessListEntry;
import org.nos.web.rpc.RpcException;
import org.nos.web.rpc.RpcParams;

/**
 * Parses the call object of eth_call/eth_estimateGas/debug_traceCall (geth's {@code TransactionArgs}) and geth's
 * {@code stateOverride} object. Malformed input is -32602 invalid params.
 */
public final class CallArguments {
    private CallArguments() {
    }

    /** The parameter at {@code index}, or null when it is absent or JSON null. */
    public static JsonNode optional(RpcParams params, int index) throws RpcException {
        if (params.size() <= index) return null;
        try {
            return params.required(index);
        } catch (RpcException e) {
            return null; // present but null
        }
    }

    public static CallRequest request(JsonNode node, int index) throws RpcException {
        if (node == null || !node.isObject()) throw invalid(index, "call object expected");
        String at = "invalid argument " + index + ": ";
        Bytes data = bytes(node.get("data"), at + "data");
        Bytes input = bytes(node.get("input"), at + "input");
        if (data != null && input != null && !data.equals(input)) {
            throw RpcException.invalidParams("both \"data\" and \"input\" are set and not equal. Please use \"input\" to pass transaction call data");
        }
        return new CallRequest(address(node.get("from"), at + "from"), address(node.get("to"), at + "to"),
                uint64(node.get("gas"), at + "gas"), wei(node.get("gasPrice"), at + "gasPrice"),
                wei(node.get("maxFeePerGas"), at + "maxFeePerGas"),
                wei(node.get("maxPriorityFeePerGas"), at + "maxPriorityFeePerGas"), wei(node.get("value"), at + "value"),
                input != null ? input : data, accessList(node.get("accessList"), at + "accessList"));
    }

    /** geth's state override object: address → {balance, nonce, code, state, stateDiff}; null node: none. */
    public static StateOverrides overrides(JsonNode node, int index) throws RpcException {
        if (node == null || node.isNull()) return StateOverrides.NONE;
        if (!node.isObject()) throw invalid(index, "state override object expected");
        String at = "invalid argument " + index + ": ";
        Map<Address, AccountOverride> accounts = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Address address = address(com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()), at + "address");
            JsonNode o = e.getValue();
            if (!o.isObject()) throw RpcException.invalidParams(at + "account override must be an object");
            Map<Word, Word> state = slots(o.get("state"), at + "state");
            Map<Word, Word> diff = slots(o.get("stateDiff"), at + "stateDiff");
            if (state != null && diff != null) {
                throw new RpcException(BlockParameter.SERVER_ERROR, "account " + address.toChecksumHex() + " has both 'state' and 'stateDiff'");
            }
            accounts.put(address, new AccountOverride(wei(o.get("balance"), at + "balance"),
                    uint64(o.get("nonce"), at + "nonce"), bytes(o.get("code"), at + "code"), state, diff));
        }
        return new StateOverrides(accounts);
    }

    private static Map<Word, Word> slots(JsonNode node, String what) throws RpcException {
        if (node == null || node.isNull()) return null;
        if (!node.isObject()) throw RpcException.invalidParams(what + ": object of 32-byte slots expected");
        Map<Word, Word> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(word(e.getKey(), what), word(e.getValue().isTextual() ? e.getValue().textValue() : null, what));
        }
        return out;
    }

    private static Word word(String text, String what) throws RpcException {
        if (text == null || text.length() != 66 || !Hex.isPrefixedHex(text)) {
            throw RpcException.invalidParams(what + ": hex string of 32 bytes expected");
        }
        return Word.fromHash(Hash.fromHex(text));
    }

    public static Address address(JsonNode node, String what) throws RpcException {
        if (node == null || node.isNull()) return null;
        String t = node.isTextual() ? node.textValue() : null;
        if (t == null || t.length() != 42 || !Hex.isPrefixedHex(t)) throw RpcException.invalidParams(what + ": hex address of 20 bytes expected");
        return Address.fromHex(t);
    }

    public static Bytes bytes(JsonNode node, String what) throws RpcException {
        if (node == null || node.isNull()) return null;
        String t = node.isTextual() ? node.textValue() : null;
        if (t == null || t.length() % 2 != 0 || !(t.equals("0x") || Hex.isPrefixedHex(t))) {
            throw RpcException.invalidParams(what + ": hex string with an even number of digits expected");
        }
        return t.length() == 2 ? Bytes.EMPTY : Bytes.fromHex(t);
    }

    static Long uint64(JsonNode node, String what) throws RpcException {
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) throw RpcException.invalidParams(what + ": hex quantity expected");
        BigInteger v = quantity(node.textValue(), what);
        if (v.bitLength() > 63) throw RpcException.invalidParams(what + ": hex number > 63 bits");
        return v.longValue();
    }

    static Wei wei(JsonNode node, String what) throws RpcException {
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) throw RpcException.invalidParams(what + ": hex quantity expected");
        BigInteger v = quantity(node.textValue(), what);
        if (v.bitLength() > 256) throw RpcException.invalidParams(what + ": hex number > 256 bits");
        return Wei.of(v);
    }

    private static BigInteger quantity(String t, String what) throws RpcException {
        if (t.length() < 3 || !Hex.isPrefixedHex(t)) throw RpcException.invalidParams(what + ": hex quantity expected, got \"" + t + "\"");
        if (t.length() > 3 && t.charAt(2) == '0') throw RpcException.invalidParams(what + ": hex number with leading zero digits");
        return new BigInteger(t.substring(2), 16);
    }

    private static List<AccessListEntry> accessList(JsonNode node, String what) throws RpcException {
        if (node == null || node.isNull()) return List.of();
        if (!node.isArray()) throw RpcException.invalidParams(what + ": array expected");
        List<AccessListEntry> out = new ArrayList<>();
        for (JsonNode e : node) {
            Address a = address(e.get("address"), what);
            if (a == null) throw RpcException.invalidParams(what + ": address missing");
            List<Hash> keys = new ArrayList<>();
            JsonNode ks = e.get("storageKeys");
            if (ks != null && ks.isArray()) {
                for (JsonNode k : ks) keys.add(word(k.isTextual() ? k.textValue() : null, what).toHash());
            }
            out.add(new AccessListEntry(a, keys));
        }
        return out;
    }

    private static RpcException invalid(int index, String message) {
        return RpcException.invalidParams("invalid argument " + index + ": " + message);
    }
}
