package org.nos.evm.precompile;

/** A precompiled contract: a price for an input, and a pure function of that input. */
public interface Precompile {
    /** The gas this input costs; {@link Long#MAX_VALUE} when the price does not fit in a long. */
    long gas(byte[] input);

    /**
     * The output for {@code input}, or {@code null} when the precompile fails (invalid input): the caller then
     * consumes all gas given to the call and gets no return data.
     */
    byte[] run(byte[] input);
}
