package org.nos.arquillian.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import org.nos.arquillian.NosNode;
import org.nos.arquillian.ServerCli;

/** JSON-RPC calls the transaction tests share: sending raw transactions, receipts, balances, pausing sealing. */
final class Chain {
    static final String BASE_FEE_VAULT = "0x4200000000000000000000000000000000000019";
    static final String SEQUENCER_FEE_VAULT = "0x4200000000000000000000000000000000000011";

    private Chain() {
    }

    /** eth_sendRawTransaction: the whole response object (result or error). */
    static JsonNode send(String rawHex) {
        return NosNode.call("eth_sendRawTransaction", "[\"" + rawHex + "\"]");
    }

    /** Sends a transaction that must be accepted; returns its hash. */
    static String sendOk(String rawHex) {
        JsonNode response = send(rawHex);
        if (response.has("error")) throw new AssertionError("rejected: " + response.get("error"));
        return response.get("result").textValue();
    }

    /** Asserts a rejection with code -32000 and returns its message. */
    static String rejection(String rawHex) {
        JsonNode response = send(rawHex);
        if (!response.has("error")) throw new AssertionError("accepted, expected a rejection: " + response);
        assertEquals(-32000, response.get("error").get("code").intValue(), response.toString());
        return response.get("error").get("message").textValue();
    }

    static JsonNode receipt(String hash) {
        return NosNode.result("eth_getTransactionReceipt", "[\"" + hash + "\"]");
    }

    static JsonNode awaitReceipt(String hash, Duration timeout) {
        NosNode.await(timeout, "the receipt of " + hash, () -> !receipt(hash).isNull());
        return receipt(hash);
    }

    static BigInteger balance(String address, long block) {
        return quantity(NosNode.result("eth_getBalance", "[\"" + address + "\",\"" + hex(block) + "\"]"));
    }

    static JsonNode transaction(String hash) {
        return NosNode.result("eth_getTransactionByHash", "[\"" + hash + "\"]");
    }

    static JsonNode fullBlock(long number) {
        return NosNode.result("eth_getBlockByNumber", "[\"" + hex(number) + "\",true]");
    }

    static long[] txpoolStatus() {
        JsonNode status = NosNode.result("txpool_status", "[]");
        return new long[] {NosNode.quantity(status.get("pending")), NosNode.quantity(status.get("queued"))};
    }

    static BigInteger quantity(JsonNode hex) {
        return new BigInteger(hex.textValue().substring(2), 16);
    }

    static String hex(long n) {
        return "0x" + Long.toHexString(n);
    }

    /**
     * Pauses sealing with the runtime property {@code nos.sequencer.enabled=false} and waits until the head has
     * stood still for more than a block time; {@link #close} resumes.
     */
    static final class PausedSealing implements AutoCloseable {
        private final ServerCli cli;

        PausedSealing() throws IOException {
            cli = ServerCli.connect();
            cli.execute("/system-property=nos.sequencer.enabled:add(value=false)");
            long[] head = {NosNode.blockNumber()};
            NosNode.await(Duration.ofSeconds(30), "sealing to stop", () -> {
                NosNode.sleep(2_500);
                long now = NosNode.blockNumber();
                boolean still = now == head[0];
                head[0] = now;
                return still;
            });
        }

        @Override
        public void close() throws IOException {
            try {
                cli.execute("/system-property=nos.sequencer.enabled:remove");
            } finally {
                cli.close();
            }
        }
    }
}
