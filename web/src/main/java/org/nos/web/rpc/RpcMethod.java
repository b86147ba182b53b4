package org.nos.web.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One JSON-RPC method. The result is serialized with Jackson: a String, Boolean, a DTO record, a list,
 * or null for JSON {@code null}.
 */
@FunctionalInterface
public interface RpcMethod {
    Object call(RpcParams params) throws RpcException;

    /**
     * Whether a call of a method registered with {@link RpcMethodRegistry#registerInMemory} can be answered
     * from in-memory state alone (no database, no EJB transaction, no lock held for long), so that it may run
     * on an HTTP IO thread. When the test fails or throws, the call runs on a worker thread as usual.
     */
    @FunctionalInterface
    interface InMemoryCondition {
        /** Every call of the method is answered from memory. */
        InMemoryCondition ALWAYS = params -> true;

        boolean test(RpcParams params) throws RpcException;

        /** Both conditions hold. */
        default InMemoryCondition and(InMemoryCondition other) {
            return params -> test(params) && other.test(params);
        }

        /** The block parameter at {@code index} is the tag {@code "latest"}: the head, which is in memory. */
        static InMemoryCondition latestBlockAt(int index) {
            return params -> {
                JsonNode block = params.size() > index ? params.required(index) : null;
                return block != null && "latest".equals(block.textValue());
            };
        }

        /** The boolean parameter at {@code index} is absent or false (e.g. no full transaction objects). */
        static InMemoryCondition notTrueAt(int index) {
            return params -> !params.optionalBoolean(index, false);
        }
    }
}
