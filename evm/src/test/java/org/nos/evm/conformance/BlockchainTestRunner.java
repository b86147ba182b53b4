package org.nos.evm.conformance;

import static org.nos.evm.conformance.JsonHex.required;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nos.evm.EvmConfig;
import org.nos.evm.block.BlockExecutor;
import org.nos.evm.block.InvalidBlockException;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.Block;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.chain.ChainConfig;
import org.nos.protocol.chain.Fork;

/**
 * Runs blockchain tests: each test is one vector. The genesis block must match its header and {@code pre}; then
 * every block's RLP is imported in order through the {@link BlockExecutor}. A block with
 * {@code expectException} must be rejected (RLP that does not decode counts as a rejection) and leaves the head
 * where it was; any other must be accepted and becomes the head. At the end the head must be
 * {@code lastblockhash} and the head's state {@code postState} (or {@code postStateHash}).
 */
final class BlockchainTestRunner implements FixtureRunner {
    private final TransactionProcessor processor = new TransactionProcessor(EvmConfig.cancun());

    @Override
    public List<VectorResult> run(FixtureFile file, JsonNode root) {
        List<VectorResult> results = new ArrayList<>();
        for (Map.Entry<String, JsonNode> test : root.properties()) {
            try {
                String failure = runTest(test.getValue());
                results.add(failure == null ? VectorResult.pass(file, test.getKey()) : VectorResult.fail(file, test.getKey(), failure));
            } catch (Throwable t) {
                results.add(VectorResult.error(file, test.getKey(), t));
            }
        }
        return results;
    }

    /** One imported block with the state after it. */
    private record Node(BlockHeader header, InMemoryStateStore state, Node parent) {
        Hash hash() {
            return header.hash();
        }

        /** BLOCKHASH as seen by a child of this node: the ancestor with that number, or null. */
        Hash ancestor(long number) {
            for (Node n = this; n != null; n = n.parent) if (n.header.number() == number) return n.hash();
            return null;
        }
    }

    /** Null when the test passes, else why not. */
    private String runTest(JsonNode test) {
        String network = test.path("network").asText();
        if (!network.equals("Cancun")) return "unsupported network " + network;
        long chainId = test.path("config").has("chainid") ? JsonHex.quantity(test.path("config").get("chainid")) : 1;
        BlockExecutor executor = new BlockExecutor(ChainConfig.atGenesis(chainId, Fork.CANCUN), processor);

        InMemoryStateStore pre = AllocJson.store(required(test, "pre"));
        Block genesis = Block.decode(JsonHex.bytes(required(test, "genesisRLP")).toArray());
        JsonNode genesisJson = required(test, "genesisBlockHeader");
        if (!genesis.header().equals(HeaderJson.parse(genesisJson))) return "genesisRLP does not match genesisBlockHeader";
        if (!genesis.hash().equals(JsonHex.hash(required(genesisJson, "hash")))) return "genesis hash mismatch";
        if (!pre.stateRoot().equals(genesis.header().stateRoot())) return "genesis state root is not the root of pre";

        Map<Hash, Node> known = new HashMap<>();
        Node head = new Node(genesis.header(), pre, null);
        known.put(head.hash(), head);
        JsonNode blocks = required(test, "blocks");
        for (int i = 0; i < blocks.size(); i++) {
            JsonNode b = blocks.get(i);
            boolean mustReject = b.has("expectException");
            Outcome outcome = importBlock(executor, known, JsonHex.bytes(required(b, "rlp")).toArray());
            if (outcome.accepted() != null) {
                if (mustReject) return "block " + i + " accepted, expected " + b.get("expectException").asText();
                known.put(outcome.accepted().hash(), outcome.accepted());
                head = outcome.accepted();
            } else if (!mustReject) {
                return "block " + i + " rejected: " + outcome.rejection();
            }
        }

        Hash last = JsonHex.hash(required(test, "lastblockhash"));
        if (!head.hash().equals(last)) return "head " + head.hash() + " is not lastblockhash " + last;
        Hash root = head.state().stateRoot();
        if (test.has("postState")) {
            InMemoryStateStore expected = AllocJson.store(test.get("postState"));
            if (!expected.stateRoot().equals(root)) return "post state differs: " + StoreSnapshots.diff(expected, head.state());
        } else {
            Hash expected = JsonHex.hash(required(test, "postStateHash"));
            if (!expected.equals(root)) return "post state root " + root + ", expected " + expected;
        }
        return null;
    }

    /** Either the accepted node or why the block was rejected. */
    private record Outcome(Node accepted, String rejection) {}

    private static Outcome importBlock(BlockExecutor executor, Map<Hash, Node> known, byte[] rlp) {
        Block block;
        try {
            block = Block.decode(rlp);
        } catch (RuntimeException e) {
            return new Outcome(null, "undecodable: " + VectorResult.describe(e));
        }
        Node parent = known.get(block.header().parentHash());
        if (parent == null) return new Outcome(null, "unknown parent " + block.header().parentHash());
        if (known.containsKey(block.hash())) return new Outcome(null, "already imported");
        InMemoryStateStore state = StoreSnapshots.copy(parent.state());
        try {
            executor.importBlock(parent.header(), WorldState.over(state), block, parent::ancestor, state::stateRoot);
        } catch (InvalidBlockException e) {
            return new Outcome(null, e.getMessage());
        }
        return new Outcome(new Node(block.header(), state, parent), null);
    }
}
