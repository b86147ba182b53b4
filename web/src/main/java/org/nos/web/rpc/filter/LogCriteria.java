package org.nos.web.rpc.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.nos.ejb.chain.LogQuery;
import org.nos.ejb.chain.StoredLog;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.web.rpc.RpcException;
import org.nos.web.rpc.RpcParams;

/**
 * A log filter object ({@code fromBlock}, {@code toBlock}, {@code blockHash}, {@code address}, {@code topics}) as
 * geth reads it: block bounds null for {@code latest}/{@code pending} (no bound on a polling filter, the head for
 * eth_getLogs), {@code earliest}/{@code safe}/{@code finalized} genesis; {@code address} one address or a list (any
 * of them); {@code topics} up to 4 positions, each null (any), a topic, or a list of topics (any of them; a null in
 * the list makes the position a wildcard).
 */
public record LogCriteria(Long fromBlock, Long toBlock, Hash blockHash, List<Address> addresses, List<List<Hash>> topics) {
    /** geth's limit on topic positions. */
    public static final int MAX_TOPICS = 4;

    public LogCriteria {
        addresses = List.copyOf(addresses);
        topics = topics.stream().map(List::copyOf).toList();
    }

    /** Parses the filter object at parameter {@code index}; null means "everything in the latest block". */
    public static LogCriteria parse(JsonNode node, int index) throws RpcException {
        if (node == null || node.isNull()) return new LogCriteria(null, null, null, List.of(), List.of());
        if (!node.isObject()) throw invalid(index, "filter object expected");
        Hash blockHash = null;
        JsonNode bh = node.get("blockHash");
        if (bh != null && !bh.isNull()) {
            if (node.hasNonNull("fromBlock") || node.hasNonNull("toBlock")) {
                throw invalid(index, "cannot specify both BlockHash and FromBlock/ToBlock, choose one or the other");
            }
            blockHash = hash(bh, index);
        }
        return new LogCriteria(bound(node.get("fromBlock"), index), bound(node.get("toBlock"), index), blockHash,
                addresses(node.get("address"), index), topics(node.get("topics"), index));
    }

    /** Whether a log's address and topics match, by geth's rule (the block range is checked separately). */
    public boolean matches(StoredLog log) {
        return LogQuery.matches(addresses, topics, log.address(), log.topics());
    }

    /** Whether {@code block} lies within the bounds (a null bound is open). */
    public boolean inRange(long block) {
        return (fromBlock == null || block >= fromBlock) && (toBlock == null || block <= toBlock);
    }

    private static Long bound(JsonNode node, int index) throws RpcException {
        if (node == null || node.isNull()) return null;
        if (!node.isTextual()) throw invalid(index, "block number or tag must be a string");
        return switch (node.textValue()) {
            case "latest", "pending" -> null;
            case "earliest", "safe", "finalized" -> 0L;
            default -> RpcParams.quantity(node.textValue(), index);
        };
    }

    private static List<Address> addresses(JsonNode node, int index) throws RpcException {
        if (node == null || node.isNull()) return List.of();
        List<Address> out = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode a : node) out.add(address(a, index));
        } else {
            out.add(address(node, index));
        }
        return out;
    }

    private static Address address(JsonNode node, int index) throws RpcException {
        String t = node.isTextual() ? node.textValue() : null;
        if (t == null || t.length() != 42 || !Hex.isPrefixedHex(t)) throw invalid(index, "invalid address " + node);
        return Address.fromHex(t);
    }

    private static List<List<Hash>> topics(JsonNode node, int index) throws RpcException {
        if (node == null || node.isNull()) return List.of();
        if (!node.isArray()) throw invalid(index, "topics must be an array");
        if (node.size() > MAX_TOPICS) throw invalid(index, "exceed max topics");
        List<List<Hash>> out = new ArrayList<>();
        for (JsonNode position : node) {
            if (position.isNull()) {
                out.add(List.of());
            } else if (position.isArray()) {
                List<Hash> any = new ArrayList<>();
                boolean wildcard = false;
                for (JsonNode t : position) {
                    if (t.isNull()) wildcard = true; else any.add(hash(t, index));
                }
                out.add(wildcard ? List.of() : any);
            } else {
                out.add(List.of(hash(position, index)));
            }
        }
        return out;
    }

    private static Hash hash(JsonNode node, int index) throws RpcException {
        String t = node.isTextual() ? node.textValue() : null;
        if (t == null || t.length() != 66 || !Hex.isPrefixedHex(t)) throw invalid(index, "invalid topic or hash " + node);
        return Hash.fromHex(t);
    }

    private static RpcException invalid(int index, String message) {
        return RpcException.invalidParams("invalid argument " + index + ": " + message);
    }
}
