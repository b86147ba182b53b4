package org.nos.evm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.nos.protocol.base.Bytes;

/**
 * What {@code expected.json} says a case must produce: success, return data, the gas of the whole transaction
 * (after refunds), the gas of the call frame (before refunds, without intrinsic gas) and, for cases that deploy
 * their contract first, the gas of the deployment.
 */
record Expectation(boolean success, Bytes output, long txGasUsed, long execGasUsed, Long deployTxGasUsed) {

    static Expectation parse(JsonNode e) {
        JsonNode deploy = e.get("deploy_tx_gas_used");
        return new Expectation(e.path("success").asBoolean(), Bytes.fromHex(e.path("output").asText("0x")),
                e.path("tx_gas_used").asLong(), e.path("exec_gas_used").asLong(),
                deploy == null || deploy.isNull() ? null : deploy.asLong());
    }
}
