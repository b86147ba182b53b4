package org.nos.protocol.chain;

import java.util.Objects;
import org.nos.protocol.base.Wei;

/**
 * The EIP-1559 base-fee parameters: the gas target is {@code gasLimit / elasticityMultiplier}, the base fee moves
 * by at most {@code 1 / baseFeeChangeDenominator} per block, and never below {@code minBaseFee}.
 */
public record Eip1559Params(long elasticityMultiplier, long baseFeeChangeDenominator, Wei minBaseFee) {
    /** Ethereum: elasticity 2, denominator 8, no floor. */
    public static final Eip1559Params ETHEREUM = new Eip1559Params(2, 8, Wei.ZERO);
    /** The OP Stack as NOS runs it: elasticity 6, denominator 250, a floor of 1 gwei. */
    public static final Eip1559Params OP_STACK = new Eip1559Params(6, 250, Wei.gwei(1));

    public Eip1559Params {
        if (elasticityMultiplier <= 0 || baseFeeChangeDenominator <= 0) {
            throw new IllegalArgumentException("EIP-1559 parameters must be positive");
        }
        Objects.requireNonNull(minBaseFee, "minBaseFee");
    }
}
