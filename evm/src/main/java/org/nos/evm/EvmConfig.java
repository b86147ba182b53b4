package org.nos.evm;

import org.nos.evm.interpreter.Fork;
import org.nos.evm.precompile.Precompile;
import org.nos.evm.precompile.PrecompileSet;
import org.nos.protocol.base.Address;

/**
 * How the EVM is set up: the fork, the EIP-170 code-size limit (24 KiB on Ethereum, 128 KiB on the NOS L2; the
 * EIP-3860 initcode limit is twice it), where the base fee goes (null burns it, as Ethereum does; the OP Stack
 * pays it to the BaseFeeVault {@code 0x4200…0019}), and the precompiles.
 */
public record EvmConfig(Fork fork, int maxCodeSize, Address baseFeeRecipient, PrecompileSet precompiles) {
    public static final int ETHEREUM_MAX_CODE_SIZE = 24_576;
    public static final int L2_MAX_CODE_SIZE = 131_072;
    public static final Address BASE_FEE_VAULT = Address.fromHex("0x4200000000000000000000000000000000000019");

    public EvmConfig {
        if (fork == null || precompiles == null) throw new NullPointerException();
        if (maxCodeSize <= 0) throw new IllegalArgumentException("maxCodeSize must be positive: " + maxCodeSize);
    }

    /** Ethereum mainnet rules at Cancun. */
    public static EvmConfig cancun() {
        return new EvmConfig(Fork.CANCUN, ETHEREUM_MAX_CODE_SIZE, null, PrecompileSet.cancun());
    }

    /** The NOS L2: Cancun with 128 KiB contracts and the base fee paid to the BaseFeeVault. */
    public static EvmConfig l2() {
        return new EvmConfig(Fork.CANCUN, L2_MAX_CODE_SIZE, BASE_FEE_VAULT, PrecompileSet.cancun());
    }

    public EvmConfig withMaxCodeSize(int size) {
        return new EvmConfig(fork, size, baseFeeRecipient, precompiles);
    }

    public EvmConfig withBaseFeeRecipient(Address recipient) {
        return new EvmConfig(fork, maxCodeSize, recipient, precompiles);
    }

    public int maxInitcodeSize() {
        return 2 * maxCodeSize;
    }

    /** The precompile at {@code address}, or null. */
    public Precompile precompile(Address address) {
        return precompiles.get(address);
    }
}
