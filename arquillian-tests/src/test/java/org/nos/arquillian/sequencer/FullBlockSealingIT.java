package org.nos.arquillian.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nos.arquillian.NosEar;
import org.nos.arquillian.NosNode;

/**
 * 1430 transfers wait in the pool while sealing is paused; the next block takes exactly the 1428 that fit in its
 * 30M gas, the next one the rest. The server log's "Sealed block" line reports how long the full block took.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FullBlockSealingIT {
    private static final int PER_SENDER = 715;
    private static final int BATCH = 100;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @Test
    void aFullBlockOfTransfers() throws Exception {
        List<String> hashes = new ArrayList<>();
        String to = Wallet.fresh(6).address();
        try (Chain.PausedSealing paused = new Chain.PausedSealing()) {
            long started = System.nanoTime();
            for (Wallet wallet : List.of(Wallet.dev(6), Wallet.dev(7))) {
                long nonce = wallet.pendingNonce();
                for (int from = 0; from < PER_SENDER; from += BATCH) {
                    StringBuilder batch = new StringBuilder("[");
                    for (int i = from; i < Math.min(PER_SENDER, from + BATCH); i++) {
                        if (i > from) batch.append(',');
                        batch.append("{\"jsonrpc\":\"2.0\",\"id\":").append(i).append(",\"method\":\"eth_sendRawTransaction\",\"params\":[\"")
                                .append(wallet.transfer(nonce + i, to, BigInteger.ONE)).append("\"]}");
                    }
                    JsonNode responses = NosNode.json(NosNode.post(batch.append(']').toString()).body());
                    for (JsonNode response : responses) {
                        if (!response.has("result")) throw new AssertionError("rejected: " + response);
                        hashes.add(response.get("result").textValue());
                    }
                }
            }
            System.out.printf("sent %d transfers in %d ms%n", hashes.size(), (System.nanoTime() - started) / 1_000_000);
            assertTrue(Chain.txpoolStatus()[0] >= 2 * PER_SENDER);
        }
        java.util.TreeMap<Long, Integer> perBlock = new java.util.TreeMap<>();
        for (String hash : hashes) {
            perBlock.merge(NosNode.quantity(Chain.awaitReceipt(hash, Duration.ofSeconds(60)).get("blockNumber")), 1, Integer::sum);
        }
        long full = perBlock.firstKey();
        assertEquals(2, perBlock.size(), "two blocks: " + perBlock);
        assertEquals(1428, perBlock.get(full), "30M / 21000 transfers in the first block");
        assertEquals(2, perBlock.get(full + 1), "the rest in the next block");
        JsonNode block = NosNode.block(full);
        assertEquals(1428, block.get("transactions").size());
        assertEquals(1428L * 21_000, NosNode.quantity(block.get("gasUsed")));
        assertEquals(BigInteger.valueOf(2L * PER_SENDER), Chain.balance(to, full + 1));

        Path log = Path.of(System.getProperty("nos.base.dir"), "log", "server.log");
        Pattern line = Pattern.compile("Sealed block #" + full + " .*, 1428 txs, gas used 29988000, sealed in (\\d+) ms");
        Matcher m = null;
        for (String l : Files.readAllLines(log)) {
            Matcher candidate = line.matcher(l);
            if (candidate.find()) m = candidate;
        }
        if (m == null) throw new AssertionError("no 'Sealed block #" + full + "' line with 1428 txs in " + log);
        System.out.println("Full 30M-gas block #" + full + " of 1428 transfers sealed in " + m.group(1) + " ms");
    }

}
