package org.nos.evm.conformance;

import static org.nos.evm.conformance.JsonHex.required;

import com.fasterxml.jackson.databind.JsonNode;
import org.nos.protocol.block.BlockHeader;

/** A {@code blockHeader} / {@code genesisBlockHeader} object of a blockchain test, as our header record. */
final class HeaderJson {
    private HeaderJson() {}

    static BlockHeader parse(JsonNode h) {
        return new BlockHeader(
                JsonHex.hash(required(h, "parentHash")),
                JsonHex.hash(required(h, "uncleHash")),
                JsonHex.address(required(h, "coinbase")),
                JsonHex.hash(required(h, "stateRoot")),
                JsonHex.hash(required(h, "transactionsTrie")),
                JsonHex.hash(required(h, "receiptTrie")),
                JsonHex.bytes(required(h, "bloom")),
                JsonHex.big(required(h, "difficulty")),
                JsonHex.quantity(required(h, "number")),
                JsonHex.quantity(required(h, "gasLimit")),
                JsonHex.quantity(required(h, "gasUsed")),
                JsonHex.quantity(required(h, "timestamp")),
                JsonHex.bytes(required(h, "extraData")),
                JsonHex.hash(required(h, "mixHash")),
                JsonHex.bytes(required(h, "nonce")),
                h.has("baseFeePerGas") ? JsonHex.big(h.get("baseFeePerGas")) : null,
                h.has("withdrawalsRoot") ? JsonHex.hash(h.get("withdrawalsRoot")) : null,
                h.has("blobGasUsed") ? JsonHex.quantity(h.get("blobGasUsed")) : null,
                h.has("excessBlobGas") ? JsonHex.quantity(h.get("excessBlobGas")) : null,
                h.has("parentBeaconBlockRoot") ? JsonHex.hash(h.get("parentBeaconBlockRoot")) : null);
    }
}
