package org.nos.evm.tracing;

import static org.nos.evm.tracing.TracerTestSupport.addr;

import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;

/** F copies INIT (which deploys {@link NestedWorld#RETURNER_CODE}) to memory and CREATEs it. */
final class CreateWorld {
    static final Address F = addr(0xf0);
    static final String RUNTIME = "602a60005260206000f3";
    /** PUSH10 runtime, PUSH1 0, MSTORE, RETURN(22, 10): 19 bytes. */
    static final String INIT = "69" + RUNTIME + "600052" + "600a6016f3";
    /** CODECOPY(0, 15, 19), CREATE(0, 0, 19), STOP, then INIT at offset 15. */
    static final String F_CODE = "0x" + "6013600f600039" + "601360006000f0" + "00" + INIT;

    /** F's nonce is 1 (alloc contracts start at 1). */
    static Address created() {
        return Address.contractAddress(F, 1);
    }

    WorldState state() {
        return new TracerTestSupport().contract(F, F_CODE).state();
    }
}
