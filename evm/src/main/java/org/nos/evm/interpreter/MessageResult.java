package org.nos.evm.interpreter;

import org.nos.protocol.base.Address;

/**
 * The outcome of a top-level message. {@code reverted} is true for REVERT (gas left is returned); an exceptional
 * halt has {@code success} false, {@code reverted} false and no gas left; {@code error} names the failure.
 */
public record MessageResult(boolean success, boolean reverted, long gasLeft, byte[] output, Address createdAddress,
        String error) {}
