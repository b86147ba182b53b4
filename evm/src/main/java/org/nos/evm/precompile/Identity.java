package org.nos.evm.precompile;

/** 0x04 IDENTITY: 15 gas plus 3 per word; returns its input. */
public final class Identity implements Precompile {
    @Override
    public long gas(byte[] input) {
        return Input.linearGas(input, 15, 3);
    }

    @Override
    public byte[] run(byte[] input) {
        return input.clone();
    }
}
