package org.nos.arquillian;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.BlockHeader;

/** Rebuilds a block header from the JSON fields of eth_getBlockBy*, to recompute keccak(rlp(header)) client-side. */
public final class HeaderCheck {
    private HeaderCheck() {
    }

    public static BlockHeader header(JsonNode block) {
        return new BlockHeader(
                hash(block, "parentHash"),
                hash(block, "sha3Uncles"),
                Address.fromHex(block.get("miner").textValue()),
                hash(block, "stateRoot"),
                hash(block, "transactionsRoot"),
                hash(block, "receiptsRoot"),
                Bytes.fromHex(block.get("logsBloom").textValue()),
                big(block, "difficulty"),
                big(block, "number").longValueExact(),
                big(block, "gasLimit").longValueExact(),
                big(block, "gasUsed").longValueExact(),
                big(block, "timestamp").longValueExact(),
                Bytes.fromHex(block.get("extraData").textValue()),
                hash(block, "mixHash"),
                Bytes.fromHex(block.get("nonce").textValue()),
                big(block, "baseFeePerGas"),
                hash(block, "withdrawalsRoot"),
                big(block, "blobGasUsed").longValueExact(),
                big(block, "excessBlobGas").longValueExact(),
                hash(block, "parentBeaconBlockRoot"));
    }

    /** keccak(rlp(header)) recomputed from the JSON fields. */
    public static Hash recomputedHash(JsonNode block) {
        return header(block).hash();
    }

    private static Hash hash(JsonNode block, String field) {
        return Hash.fromHex(block.get(field).textValue());
    }

    private static BigInteger big(JsonNode block, String field) {
        return new BigInteger(block.get(field).textValue().substring(2), 16);
    }
}
