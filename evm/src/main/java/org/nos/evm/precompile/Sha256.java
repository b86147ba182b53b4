package org.nos.evm.precompile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** 0x02 SHA256: 60 gas plus 12 per word. */
public final class Sha256 implements Precompile {
    @Override
    public long gas(byte[] input) {
        return Input.linearGas(input, 60, 12);
    }

    @Override
    public byte[] run(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
