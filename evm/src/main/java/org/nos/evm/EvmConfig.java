package org.nos.evm;

import org.nos.evm.interpreter.Fork;
import org.nos.evm.precompile.Precompile;
import org.nos.evm.precompile.PrecompileSet;
import org.nos.protocol.base.Address;

/**
 * How the EVM is set up: the fork, the EIP-170 code-size limit (24 KiB on Ethereum, 128 KiB on the NOS L2; the
 * EIP-3860 initcode limit is twice it), where the base fee goes (null burns it, as Ethereum does; the OP Stack
 * pays it to the BaseFeeVault {@code 0x4200…0019}), the precompiles, and after how many backward jumps of one loop
 * the interpreter hands the frame to the code compiled to JVM bytecode ({@link #LOOP_COMPILE_JUMPS} by default; 0
 * runs every frame compiled from its start, as the conformance tests do to cover the compiler; {@link #NEVER_COMPILE}
 * interprets everything). Both give the same results: the setting only moves time.
 */
public record EvmConfig(Fork fork, int maxCodeSize, Address baseFeeRecipient, PrecompileSet precompiles,
        int compileAfterJumps) {
    public static final int ETHEREUM_MAX_CODE_SIZE = 24_576;
    public static final int L2_MAX_CODE_SIZE = 131_072;
    public static final Address BASE_FEE_VAULT = Address.fromHex("0x4200000000000000000000000000000000000019");
    /**
     * A loop that jumped back this often in one frame is compiled: long enough that the few milliseconds of
     * compiling and of the JVM's own warm-up pay off, short enough that a compute-heavy call spends most of its time
     * compiled.
     */
    public static final int LOOP_COMPILE_JUMPS = 2_000;
    public static final int NEVER_COMPILE = Integer.MAX_VALUE;

    public EvmConfig {
        if (fork == null || precompiles == null) throw new NullPointerException();
        if (maxCodeSize <= 0) throw new IllegalArgumentException("maxCodeSize must be positive: " + maxCodeSize);
        if (compileAfterJumps < 0) {
            throw new IllegalArgumentException("compileAfterJumps must be >= 0: " + compileAfterJumps);
        }
    }

    /** Ethereum mainnet rules at Cancun. */
    public static EvmConfig cancun() {
        return new EvmConfig(Fork.CANCUN, ETHEREUM_MAX_CODE_SIZE, null, PrecompileSet.cancun(), LOOP_COMPILE_JUMPS);
    }

    /** The NOS L2: Cancun with 128 KiB contracts and the base fee paid to the BaseFeeVault. */
    public static EvmConfig l2() {
        return new EvmConfig(Fork.CANCUN, L2_MAX_CODE_SIZE, BASE_FEE_VAULT, PrecompileSet.cancun(), LOOP_COMPILE_JUMPS);
    }

    public EvmConfig withMaxCodeSize(int size) {
        return new EvmConfig(fork, size, baseFeeRecipient, precompiles, compileAfterJumps);
    }

    public EvmConfig withBaseFeeRecipient(Address recipient) {
        return new EvmConfig(fork, maxCodeSize, recipient, precompiles, compileAfterJumps);
    }

    public EvmConfig withCompileAfterJumps(int jumps) {
        return new EvmConfig(fork, maxCodeSize, baseFeeRecipient, precompiles, jumps);
    }

    public int maxInitcodeSize() {
        return 2 * maxCodeSize;
    }

    /** The precompile at {@code address}, or null. */
    public Precompile precompile(Address address) {
        return precompiles.get(address);
    }
}
