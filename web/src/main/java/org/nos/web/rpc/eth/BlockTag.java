package org.nos.web.rpc.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.nos.ejb.chain.ChainQueries;
import org.nos.web.rpc.RpcException;
import org.nos.web.rpc.RpcParams;

/**
 * Resolves a block parameter: a hex number or one of the tags. {@code latest} and {@code pending} are the
 * sealed head; {@code safe} and {@code finalized} are genesis until derivation from L1 moves them.
 */
final class BlockTag {
    private BlockTag() {
    }

    static long resolve(JsonNode param, int index, ChainQueries chain) throws RpcException {
        if (!param.isTextual()) {
            throw RpcException.invalidParams("invalid argument " + index + ": block number or tag must be a string");
        }
        String text = param.textValue();
        switch (text) {
            case "latest":
            case "pending":
                return chain.head().number();
            case "earliest":
            case "safe":
            case "finalized":
                return 0;
            default:
                return RpcParams.quantity(text, index);
        }
    }
}
