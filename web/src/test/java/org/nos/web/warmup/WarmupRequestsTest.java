package org.nos.web.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.TransactionType;
import org.nos.rollup.txpool.AccountView;
import org.nos.rollup.txpool.PoolConfig;
import org.nos.rollup.txpool.Rejection;
import org.nos.rollup.txpool.TransactionValidator;
import org.nos.rollup.txpool.TxPoolException;

class WarmupRequestsTest {
    private static final long CHAIN_ID = 42213;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A pool with minimum fees, which the warm-up's gas price and its half, the tip, cover. */
    private static final PoolConfig POOL = PoolConfig.defaults(CHAIN_ID, 30_000_000)
            .withMinimumFees(Wei.gwei(1), Wei.gwei(2));
    private static final Wei GAS_PRICE = Wei.gwei(4);
    /** The richest account imaginable on a real chain: 10^30 wei, a trillion ETH. */
    private static final AccountView RICH = new AccountView() {
        @Override
        public long nonce(Address account) {
            return 0;
        }

        @Override
        public Wei balance(Address account) {
            return Wei.of(java.math.BigInteger.TEN.pow(30));
        }
    };

    private final WarmupRequests mix = WarmupRequests.sign(CHAIN_ID, GAS_PRICE);

    @Test
    void everyTransactionSentPassesEveryRuleButTheBalanceEvenOfARichSender() throws IOException {
        TransactionValidator validator = new TransactionValidator(POOL);
        for (String raw : sentTransactions(WarmupRequests.BATCHED)) {
            TxPoolException e = assertThrows(TxPoolException.class, () -> validator.validate(Hex.decode(raw), RICH));
            assertEquals(Rejection.INSUFFICIENT_FUNDS, e.reason(), e.getMessage());
        }
    }

    @Test
    void transactionsAreSignedByTheWarmupKeyForTheChainAndMixTransfersAndTokenCalls() throws IOException {
        TransactionValidator validator = new TransactionValidator(POOL);
        Set<TransactionType> types = new HashSet<>();
        for (String raw : sentTransactions(WarmupRequests.BATCHED)) {
            var tx = validator.validateWithoutState(Hex.decode(raw));
            assertEquals(WarmupRequests.KEY.address(), tx.sender());
            assertEquals(WarmupRequests.UNAFFORDABLE, tx.value());
            types.add(tx.type());
        }
        assertEquals(Set.of(TransactionType.LEGACY, TransactionType.DYNAMIC_FEE), types);
    }

    @Test
    void roundsAreValidJsonRpcAndSomeCarryABatchOfSends() throws IOException {
        for (int r = 0; r < 2 * WarmupRequests.BATCHED; r++) {
            List<JsonNode> requests = parse(r);
            long batchesOfSends = requests.stream().filter(n -> n.isArray() && n.size() == WarmupRequests.BATCH).count();
            assertEquals(r % WarmupRequests.BATCHED == WarmupRequests.BATCHED - 1 ? 1 : 0, batchesOfSends, "round " + r);
            for (JsonNode request : requests) {
                for (JsonNode call : request.isArray() ? request : JSON.createArrayNode().add(request)) {
                    assertEquals("2.0", call.path("jsonrpc").asText());
                    assertTrue(call.path("method").asText().startsWith("eth_"), call.toString());
                    assertTrue(call.path("params").isArray(), call.toString());
                }
            }
        }
    }

    @Test
    void roundsCycleThroughDifferentTransactions() throws IOException {
        assertEquals(WarmupRequests.TRANSACTIONS, new HashSet<>(sentTransactions(WarmupRequests.TRANSACTIONS)).size());
    }

    @Test
    void eachClientKindNamesTheHostAndTheJsonBodyInItsOwnWay() {
        Set<List<String>> kinds = new HashSet<>();
        for (int kind = 0; kind < WarmupRequests.CLIENT_KINDS; kind++) {
            WarmupRequests.ClientHeaders client = WarmupRequests.clientHeaders(kind, "127.0.0.1:8080");
            assertEquals(1, client.lines().stream().filter(l -> l.equalsIgnoreCase("host: 127.0.0.1:8080")).count(), client.toString());
            assertTrue(client.lines().stream().anyMatch(l -> l.toLowerCase().startsWith("content-type: application/json")), client.toString());
            assertTrue(client.contentLength().equalsIgnoreCase("content-length"));
            kinds.add(client.lines());
        }
        assertEquals(WarmupRequests.CLIENT_KINDS, kinds.size());
        assertEquals(WarmupRequests.clientHeaders(0, "h:1"), WarmupRequests.clientHeaders(WarmupRequests.CLIENT_KINDS, "h:1"));
    }

    @Test
    void everyRoundSendsEachReadThreeTimesInARowWithOneLengthAsAPollingClientDoes() {
        for (int r = 0; r < 2 * WarmupRequests.BATCHED; r++) {
            List<byte[]> round = mix.round(r);
            for (int start : new int[] {0, 3}) {
                for (int i = start + 1; i < start + 3; i++) {
                    assertEquals(round.get(start).length, round.get(i).length, "round " + r + ", request " + i);
                    assertEquals(new String(round.get(start), StandardCharsets.UTF_8).replaceAll("\"id\":\\d+", ""),
                            new String(round.get(i), StandardCharsets.UTF_8).replaceAll("\"id\":\\d+", ""));
                }
            }
        }
    }

    /** Every raw transaction the first {@code rounds} rounds send. */
    private List<String> sentTransactions(int rounds) throws IOException {
        List<String> raws = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (JsonNode request : parse(r)) {
                for (JsonNode call : request.isArray() ? request : JSON.createArrayNode().add(request)) {
                    if (call.path("method").asText().equals("eth_sendRawTransaction")) raws.add(call.path("params").get(0).asText());
                }
            }
        }
        return raws;
    }

    private List<JsonNode> parse(int round) throws IOException {
        List<JsonNode> parsed = new ArrayList<>();
        for (byte[] request : mix.round(round)) parsed.add(JSON.readTree(request));
        return parsed;
    }
}
