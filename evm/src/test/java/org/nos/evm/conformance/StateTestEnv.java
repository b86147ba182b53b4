package org.nos.evm.conformance;

import static org.nos.evm.conformance.JsonHex.required;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.nos.evm.processor.BlockContext;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Wei;
import org.nos.protocol.chain.BlobSchedule;
import org.nos.protocol.chain.Eip4844;
import org.nos.protocol.tx.Transaction;

/** The block environment of a state test, and the check that {@code txbytes} is the transaction the indexes pick. */
final class StateTestEnv {
    private StateTestEnv() {}

    static BlockContext block(JsonNode env, JsonNode config) {
        long chainId = config.has("chainid") ? JsonHex.quantity(config.get("chainid")) : 1;
        long excessBlobGas = env.has("currentExcessBlobGas") ? JsonHex.quantity(env.get("currentExcessBlobGas")) : 0;
        return new BlockContext(
                JsonHex.address(required(env, "currentCoinbase")),
                JsonHex.quantity(required(env, "currentNumber")),
                JsonHex.quantity(required(env, "currentTimestamp")),
                JsonHex.quantity(required(env, "currentGasLimit")),
                JsonHex.wei(required(env, "currentBaseFee")),
                JsonHex.hash(required(env, "currentRandom")),
                Eip4844.blobBaseFee(excessBlobGas, BlobSchedule.CANCUN),
                chainId,
                StateTestRunner::testBlockHash);
    }

    /** Null when {@code tx} has the nonce, recipient, data, gas limit and value the indexes select, else the first difference. */
    static String fieldMismatch(Transaction tx, JsonNode txJson, JsonNode indexes) {
        if (!new BigInteger(Long.toUnsignedString(tx.nonce())).equals(JsonHex.big(required(txJson, "nonce")))) return "nonce";
        String to = required(txJson, "to").asText();
        Address expectedTo = to.isEmpty() || to.equals("0x") ? null : Address.fromHex(to);
        if (expectedTo == null ? tx.to() != null : !expectedTo.equals(tx.to())) return "to";
        Bytes data = JsonHex.bytes(required(txJson, "data").get(indexes.path("data").asInt()));
        if (!data.equals(tx.data())) return "data";
        BigInteger gas = JsonHex.big(required(txJson, "gasLimit").get(indexes.path("gas").asInt()));
        if (gas.compareTo(BigInteger.valueOf(tx.gasLimit())) != 0) return "gasLimit";
        Wei value = JsonHex.wei(required(txJson, "value").get(indexes.path("value").asInt()));
        if (!value.equals(tx.value())) return "value";
        return null;
    }
}
