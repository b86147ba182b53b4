package org.nos.evm.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.Log;
import org.nos.protocol.crypto.Keccak256;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.tx.Transaction;

/**
 * A throw-away driver over the official state tests, for the EVM author's own iteration (the conformance runner is
 * elsewhere). Runs only when {@code -Dstatetests=<substring of the path>} is given; prints a pass table per
 * category and writes failures to {@code target/state-test-failures.txt}.
 */
class StateTestSmokeTest {
    private static final Path ROOT = Path.of("/work/shared/conformance/state-tests");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void runStateTests() throws IOException {
        String filter = System.getProperty("statetests");
        Assumptions.assumeTrue(filter != null && Files.isDirectory(ROOT));
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".json") && p.toString().contains(filter)).sorted().toList();
        }
        Map<String, int[]> perCategory = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (Path file : files) {
            String category = category(file);
            JsonNode root = JSON.readTree(file.toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> test = it.next();
                JsonNode posts = test.getValue().path("post").path("Cancun");
                for (JsonNode post : posts) {
                    int[] counts = perCategory.computeIfAbsent(category, k -> new int[2]);
                    counts[1]++;
                    String why;
                    try {
                        why = runVector(test.getValue(), post);
                    } catch (Throwable e) {
                        StringBuilder sb = new StringBuilder("crash: " + e);
                        for (StackTraceElement el : e.getStackTrace()) {
                            if (sb.length() > 600) break;
                            sb.append(" @ ").append(el);
                        }
                        why = sb.toString();
                    }
                    if (why == null) counts[0]++;
                    else failures.add(ROOT.relativize(file) + " :: " + test.getKey() + " " + post.path("indexes") + " :: " + why);
                }
            }
        }
        int pass = 0, total = 0;
        for (Map.Entry<String, int[]> e : perCategory.entrySet()) {
            pass += e.getValue()[0];
            total += e.getValue()[1];
            System.out.printf("%-60s %5d / %5d  %6.2f%%%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    100.0 * e.getValue()[0] / e.getValue()[1]);
        }
        System.out.printf("TOTAL %d / %d  %.2f%%  in %d ms%n", pass, total, 100.0 * pass / total,
                (System.nanoTime() - start) / 1_000_000);
        Files.createDirectories(Path.of("target"));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of("target/state-test-failures.txt")))) {
            failures.forEach(w::println);
        }
    }

    private static String category(Path file) {
        Path rel = ROOT.relativize(file);
        if (rel.getName(0).toString().equals("static")) return "static/" + rel.getName(2);
        return rel.getName(0) + "/" + rel.getName(1);
    }

    static String runVector(JsonNode test, JsonNode post) {
        InMemoryStateStore store = InMemoryStateStore.fromAlloc(alloc(test.get("pre")));
        Hash preRoot = store.stateRoot();
        JsonNode env = test.get("env");
        BlockContext block = new BlockContext(Address.fromHex(env.get("currentCoinbase").asText()),
                num(env, "currentNumber"), num(env, "currentTimestamp"), num(env, "currentGasLimit"),
                Wei.parse(env.path("currentBaseFee").asText("0x0")),
                env.has("currentRandom") ? Hash.wrap(Word.parse(env.get("currentRandom").asText()).toBytes()) : Hash.ZERO,
                Wei.of(blobBaseFee(BigInteger.valueOf(num(env, "currentExcessBlobGas")))), 1,
                n -> Hash.wrap(Keccak256.hash(Long.toString(n).getBytes())));
        boolean expectInvalid = post.has("expectException");
        WorldState state = WorldState.over(store);
        TransactionProcessor processor = new TransactionProcessor(EvmConfig.cancun());
        TransactionResult result = null;
        try {
            Transaction tx = Transaction.decode(Hex.decode(post.get("txbytes").asText()));
            result = processor.execute(state, block, tx, block.gasLimit(), Boolean.getBoolean("trace") ? new org.nos.evm.tracing.Tracer() {
                @Override
                public void onStep(org.nos.evm.interpreter.FrameView f, int pc, int op, long gas) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < Math.min(4, f.stackSize()); i++) sb.append(' ').append(f.stackItem(i).toBigInteger().toString(16));
                    System.out.printf("d%d pc=%d op=%02x gas=%d stack:%s%n", f.depth(), pc, op, gas, sb);
                }
            } : null);
            state.commit();
        } catch (InvalidTransactionException | IllegalArgumentException e) {
            if (!expectInvalid) return "rejected: " + e.getMessage();
            return store.stateRoot().equals(preRoot) ? null : "rejected but state changed";
        }
        if (expectInvalid) return "accepted, expected " + post.get("expectException").asText();
        Hash root = store.stateRoot();
        String wantRoot = post.get("hash").asText();
        if (!root.toHex().equals(wantRoot)) return "root " + root.toHex() + " want " + wantRoot + " gasUsed=" + result.gasUsed() + " success=" + result.success();
        String logs = Hex.encode(Keccak256.hash(encodeLogs(result.logs())));
        if (!logs.equals(post.get("logs").asText())) return "logs " + logs;
        return null;
    }

    private static byte[] encodeLogs(List<Log> logs) {
        List<byte[]> items = new ArrayList<>();
        for (Log l : logs) items.add(l.encode());
        return Rlp.encodeList(items);
    }

    private static long num(JsonNode env, String field) {
        JsonNode n = env.get(field);
        return n == null ? 0 : new BigInteger(n.asText().substring(2), 16).longValue();
    }

    static Map<Address, InMemoryStateStore.AllocAccount> alloc(JsonNode pre) {
        Map<Address, InMemoryStateStore.AllocAccount> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = pre.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode a = e.getValue();
            Map<Word, Word> storage = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> s = a.path("storage").fields(); s.hasNext(); ) {
                Map.Entry<String, JsonNode> slot = s.next();
                storage.put(Word.parse(slot.getKey()), Word.parse(slot.getValue().asText()));
            }
            out.put(Address.fromHex(e.getKey()), new InMemoryStateStore.AllocAccount(
                    new BigInteger(a.get("nonce").asText().substring(2).isEmpty() ? "0" : a.get("nonce").asText().substring(2), 16).longValue(),
                    Wei.parse(a.get("balance").asText()), Bytes.fromHex(a.get("code").asText()), storage));
        }
        return out;
    }

    /** EIP-4844 fake_exponential(1, excess, 3338477). */
    static BigInteger blobBaseFee(BigInteger excess) {
        BigInteger denominator = BigInteger.valueOf(3338477);
        BigInteger i = BigInteger.ONE;
        BigInteger output = BigInteger.ZERO;
        BigInteger accum = denominator;
        while (accum.signum() > 0) {
            output = output.add(accum);
            accum = accum.multiply(excess).divide(denominator.multiply(i));
            i = i.add(BigInteger.ONE);
        }
        return output.divide(denominator);
    }
}
