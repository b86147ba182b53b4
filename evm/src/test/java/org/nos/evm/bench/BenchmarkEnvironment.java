package org.nos.evm.bench;

import org.nos.evm.processor.BlockContext;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.chain.BlobSchedule;
import org.nos.protocol.chain.Eip4844;
import org.nos.protocol.crypto.PrivateKey;

/** The block and sender that {@code expected.json} was computed with (its {@code _about.computed_with}). */
final class BenchmarkEnvironment {
    static final PrivateKey KEY = PrivateKey.fromHex("0x45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8");
    static final Address SENDER = Address.fromHex("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
    static final long CHAIN_ID = 1;
    static final Wei GAS_PRICE = Wei.of(10);
    static final long GAS_LIMIT = 1_000_000_000L;

    private BenchmarkEnvironment() {}

    static BlockContext block() {
        return new BlockContext(Address.fromHex("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba"), 1, 1000, GAS_LIMIT,
                Wei.of(7), Hash.ZERO, Eip4844.blobBaseFee(0, BlobSchedule.CANCUN), CHAIN_ID, n -> Hash.ZERO);
    }
}
