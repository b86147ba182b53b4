package org.nos.web.rpc;

/**
 * A result that a method hands back before it is final, such as a transaction whose commit is still to come. The
 * dispatcher resolves it when it writes the answer, after it has started every call of the batch, so that the calls
 * of a batch can share work such as one commit.
 */
@FunctionalInterface
public interface DeferredResult {
    /** The final result, as {@link RpcMethod#call} would return it. */
    Object resolve() throws RpcException;
}
