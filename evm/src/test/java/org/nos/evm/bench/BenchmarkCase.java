package org.nos.evm.bench;

import java.util.Map;
import org.nos.evm.state.InMemoryStateStore.AllocAccount;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;

/**
 * One benchmark: the accounts to start from, then either a call to {@code target} or, when {@code initCode} is
 * set, a deployment of it followed by a call to the created contract. {@code expected} is null when
 * {@code expected.json} has no entry for the case.
 */
record BenchmarkCase(String name, Map<Address, AllocAccount> pre, Address target, Bytes initCode, Bytes calldata,
        Expectation expected) {

    boolean deploys() {
        return initCode != null;
    }
}
