package org.nos.ejb.execution;

import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.AccessListEntry;

/**
 * The call object of eth_call, eth_estimateGas and debug_traceCall (geth's {@code TransactionArgs}). Every field
 * may be null: {@code from} defaults to the zero address, {@code to} null is a contract creation, {@code gas} null
 * is the RPC gas cap (the block gas limit for eth_estimateGas), no fee fields means a zero gas price (geth's
 * NoBaseFee mode), {@code value} and {@code data} default to zero and empty.
 */
public record CallRequest(Address from, Address to, Long gas, Wei gasPrice, Wei maxFeePerGas,
        Wei maxPriorityFeePerGas, Wei value, Bytes data, List<AccessListEntry> accessList) {

    public CallRequest {
        accessList = accessList == null ? List.of() : List.copyOf(accessList);
    }

    /** A call of {@code data} to {@code to} from {@code from}, everything else defaulted. */
    public static CallRequest of(Address from, Address to, Bytes data) {
        return new CallRequest(from, to, null, null, null, null, null, data, List.of());
    }

    public Address sender() {
        return from == null ? Address.ZERO : from;
    }

    public Wei valueOrZero() {
        return value == null ? Wei.ZERO : value;
    }

    public Bytes dataOrEmpty() {
        return data == null ? Bytes.EMPTY : data;
    }

    /** The same request with another gas limit. */
    public CallRequest withGas(long newGas) {
        return new CallRequest(from, to, newGas, gasPrice, maxFeePerGas, maxPriorityFeePerGas, value, data, accessList);
    }
}
