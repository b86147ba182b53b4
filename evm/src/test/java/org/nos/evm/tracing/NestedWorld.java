package org.nos.evm.tracing;

import static org.nos.evm.tracing.TracerTestSupport.addr;
import static org.nos.evm.tracing.TracerTestSupport.raw;

import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;

/**
 * A calls R (reverts with Error("boom")), then STATICCALLs S (returns 42), then DELEGATECALLs S, then LOG1s its
 * first memory word under topic 0xaa, then stops.
 */
final class NestedWorld {
    static final Address A = addr(0xa0);
    static final Address R = addr(0xe0);
    static final Address S = addr(0x50);
    /** Error("boom") ABI-encoded: selector, offset 0x20, length 4, "boom" padded. */
    static final String REVERT_PAYLOAD = "08c379a0" + String.format("%064x", 0x20) + String.format("%064x", 4)
            + "626f6f6d" + "0".repeat(56);
    /** CODECOPY the 100-byte payload (at code offset 12) to memory 0, REVERT(0, 100). */
    static final String REVERTER_CODE = "0x" + "6064600c600039" + "60646000fd" + REVERT_PAYLOAD;
    /** MSTORE 42 at 0, RETURN(0, 32). */
    static final String RETURNER_CODE = "0x602a60005260206000f3";
    static final String A_CODE = "0x"
            + "6000600060006000600073" + raw(R) + "61c350f150"
            + "6020600060006000" + "73" + raw(S) + "61c350fa50"
            + "6020600060006000" + "73" + raw(S) + "61c350f450"
            + "60aa60206000a1"
            + "00";

    WorldState state() {
        return new TracerTestSupport().contract(A, A_CODE).contract(R, REVERTER_CODE).contract(S, RETURNER_CODE)
                .state();
    }
}
