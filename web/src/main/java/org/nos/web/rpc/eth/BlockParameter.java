package org.nos.web.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.ChainQueries;
import org.nos.ejb.execution.CallService;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.web.rpc.RpcException;
import org.nos.web.rpc.RpcParams;

/**
 * The block parameter of eth_call, eth_estimateGas and debug_traceCall: a hex number, a tag, or an EIP-1898 object
 * ({@code {"blockNumber": …}} or {@code {"blockHash": …, "requireCanonical": …}}). {@code pending} is
 * {@link CallService#PENDING} (the next block on the head's state); {@code safe} and {@code finalized} are genesis
 * until derivation from L1 moves them. A block beyond the head is "header not found" (-32000), as in geth.
 */
public final class BlockParameter {
    /** go-ethereum's code for a server-side failure. */
    public static final int SERVER_ERROR = -32000;

    private BlockParameter() {
    }

    /** Resolves the parameter at {@code index} ({@code latest} when absent or null). */
    public static long resolve(RpcParams params, int index, ChainQueries chain) throws RpcException {
        return resolve(CallArguments.optional(params, index), index, chain);
    }

    public static long resolve(JsonNode node, int index, ChainQueries chain) throws RpcException {
        if (node == null || node.isNull()) return chain.head().number();
        if (node.isObject()) return resolveObject(node, index, chain);
        if (!node.isTextual()) throw RpcException.invalidParams("invalid argument " + index + ": block number or tag must be a string");
        long number = switch (node.textValue()) {
            case "latest" -> chain.head().number();
            case "pending" -> CallService.PENDING;
            case "earliest", "safe", "finalized" -> 0;
            default -> RpcParams.quantity(node.textValue(), index);
        };
        if (number != CallService.PENDING && number > chain.head().number()) {
            throw new RpcException(SERVER_ERROR, "header not found");
        }
        return number;
    }

    private static long resolveObject(JsonNode node, int index, ChainQueries chain) throws RpcException {
        JsonNode number = node.get("blockNumber");
        JsonNode hash = node.get("blockHash");
        if (number != null && hash != null) {
            throw RpcException.invalidParams("invalid argument " + index + ": cannot specify both BlockHash and BlockNumber, choose one or the other");
        }
        if (number != null) return resolve(number, index, chain);
        if (hash == null || !hash.isTextual() || hash.textValue().length() != 66 || !Hex.isPrefixedHex(hash.textValue())) {
            throw RpcException.invalidParams("invalid argument " + index + ": expected a block number, tag or {\"blockHash\": …}");
        }
        ChainBlock block = chain.byHash(Hash.fromHex(hash.textValue()))
                .orElseThrow(() -> new RpcException(SERVER_ERROR, "header for hash not found"));
        JsonNode canonical = node.get("requireCanonical");
        if (canonical != null && canonical.asBoolean(false)
                && !chain.byNumber(block.number()).map(b -> b.hash().equals(block.hash())).orElse(false)) {
            throw new RpcException(SERVER_ERROR, "hash " + hash.textValue() + " is not currently canonical");
        }
        return block.number();
    }
}
