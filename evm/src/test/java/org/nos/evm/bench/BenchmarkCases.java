package org.nos.evm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.nos.evm.conformance.AllocJson;
import org.nos.evm.state.InMemoryStateStore.AllocAccount;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Wei;

/**
 * Every case under the benchmarks folder: each input of each ipsilon state-test file, each evm-bench init code
 * (deployed, then called) and each guillotine-micro runtime code (installed at an address, then called), with its
 * entry of {@code expected.json}.
 */
final class BenchmarkCases {
    /** Where installed runtime code lives (the address the ipsilon files use). */
    static final Address CODE_ADDRESS = Address.fromHex("0xbe7c43a580000000000000000000000000000001");

    private final Path dir;
    private final Map<String, Expectation> expected = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    BenchmarkCases(Path dir) throws IOException {
        this.dir = dir;
        JsonNode root = json.readTree(dir.resolve("expected.json").toFile());
        for (JsonNode e : root.path("ipsilon-evm-benchmarks")) {
            expected.put(e.path("file").asText() + "#" + e.path("data_index").asInt(), Expectation.parse(e));
        }
        for (String group : List.of("evm-bench", "guillotine-micro")) {
            for (JsonNode e : root.path(group)) expected.put(e.path("case").asText(), Expectation.parse(e));
        }
    }

    List<BenchmarkCase> load() throws IOException {
        List<BenchmarkCase> cases = new ArrayList<>();
        for (Path file : list(dir.resolve("ipsilon-evm-benchmarks"), true)) cases.addAll(ipsilon(file));
        for (Path caseDir : list(dir.resolve("evm-bench"), false)) cases.add(codeCase("evm-bench", caseDir, true));
        for (Path caseDir : list(dir.resolve("guillotine-micro"), false)) cases.add(codeCase("guillotine-micro", caseDir, false));
        return cases;
    }

    private List<BenchmarkCase> ipsilon(Path file) throws IOException {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        List<BenchmarkCase> cases = new ArrayList<>();
        for (Map.Entry<String, JsonNode> test : json.readTree(file.toFile()).properties()) {
            JsonNode t = test.getValue();
            Map<Address, AllocAccount> pre = fundSender(AllocJson.parse(t.path("pre")));
            Address to = Address.fromHex(t.path("transaction").path("to").asText());
            JsonNode data = t.path("transaction").path("data");
            for (int i = 0; i < data.size(); i++) {
                String label = t.path("_info").path("labels").path(Integer.toString(i)).asText(Integer.toString(i));
                cases.add(new BenchmarkCase("ipsilon/" + test.getKey() + "/" + label, pre, to, null,
                        Bytes.fromHex(data.get(i).asText()), expected.get(relative + "#" + i)));
            }
        }
        return cases;
    }

    private BenchmarkCase codeCase(String group, Path caseDir, boolean initCode) throws IOException {
        String name = group + "/" + caseDir.getFileName();
        Bytes code = Bytes.fromHex(read(caseDir.resolve("bytecode.txt")));
        Bytes calldata = Bytes.fromHex(read(caseDir.resolve("calldata.txt")));
        Map<Address, AllocAccount> pre = fundSender(new TreeMap<>());
        if (!initCode) pre.put(CODE_ADDRESS, new AllocAccount(0, Wei.ZERO, code, Map.of()));
        return new BenchmarkCase(name, pre, initCode ? null : CODE_ADDRESS, initCode ? code : null, calldata, expected.get(name));
    }

    /** The sender gets enough ether for any gas limit (the ipsilon files fund it for London prices only). */
    private static Map<Address, AllocAccount> fundSender(Map<Address, AllocAccount> alloc) {
        Map<Address, AllocAccount> out = new TreeMap<>(alloc);
        AllocAccount old = out.get(BenchmarkEnvironment.SENDER);
        out.put(BenchmarkEnvironment.SENDER, new AllocAccount(old == null ? 0 : old.nonce(), Wei.ether(1_000_000),
                old == null ? Bytes.EMPTY : old.code(), old == null ? Map.of() : old.storage()));
        return out;
    }

    private static String read(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.US_ASCII).trim();
        return s.isEmpty() ? "0x" : s;
    }

    /** Sub-folders or JSON files (recursively) of {@code folder}, sorted; empty when it does not exist. */
    private static List<Path> list(Path folder, boolean jsonFiles) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = jsonFiles ? Files.walk(folder) : Files.list(folder)) {
            return s.filter(p -> jsonFiles ? p.toString().endsWith(".json") : Files.isDirectory(p)).sorted().toList();
        }
    }
}
