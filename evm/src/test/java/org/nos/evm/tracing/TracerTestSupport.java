package org.nos.evm.tracing;

import java.util.HashMap;
import java.util.Map;
import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.processor.BlockContext;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/** Worlds with hand-assembled contracts for the tracer tests. */
final class TracerTestSupport {
    static final EvmConfig CONFIG = EvmConfig.cancun();
    static final TransactionProcessor PROCESSOR = new TransactionProcessor(CONFIG);
    static final Address SENDER = Address.fromHex("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
    static final Address COINBASE = Address.fromHex("0x00000000000000000000000000000000000000cc");
    static final BlockContext BLOCK = new BlockContext(COINBASE, 1, 1000, 30_000_000, Wei.of(7), Hash.ZERO, Wei.of(1),
            1, n -> null);

    private final Map<Address, InMemoryStateStore.AllocAccount> alloc = new HashMap<>();

    TracerTestSupport() {
        alloc.put(SENDER, new InMemoryStateStore.AllocAccount(0, Wei.ether(1), Bytes.EMPTY, Map.of()));
    }

    TracerTestSupport contract(Address a, String code) {
        return contract(a, code, 0, Map.of());
    }

    TracerTestSupport contract(Address a, String code, long balance, Map<Word, Word> storage) {
        alloc.put(a, new InMemoryStateStore.AllocAccount(1, Wei.of(balance), Bytes.fromHex(code), storage));
        return this;
    }

    WorldState state() {
        return WorldState.over(InMemoryStateStore.fromAlloc(Map.copyOf(alloc)));
    }

    static TransactionResult call(WorldState s, Address to, long gas, Tracer tracer) {
        return PROCESSOR.call(s, BLOCK, SENDER, to, Bytes.EMPTY, gas, Wei.ZERO, tracer);
    }

    static Address addr(int n) {
        return Address.fromHex(String.format("0x%040x", n));
    }

    /** The 20-byte hex of an address without 0x, for PUSH20 operands. */
    static String raw(Address a) {
        return a.toHex().substring(2);
    }

    static long hexLong(String quantity) {
        return Long.parseLong(quantity.substring(2), 16);
    }
}
