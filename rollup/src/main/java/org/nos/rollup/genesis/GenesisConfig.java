package org.nos.rollup.genesis;

import java.math.BigInteger;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Wei;
import org.nos.protocol.chain.Eip1559;

/**
 * What the genesis block is made of: the chain id, the genesis timestamp, the block gas limit, the initial
 * base fee and the allocation of accounts. Two nodes with equal configs compute the same genesis hash.
 */
public record GenesisConfig(
        long chainId,
        long timestamp,
        long gasLimit,
        BigInteger baseFeePerGas,
        Bytes extraData,
        SortedMap<Address, GenesisAccount> alloc) {

    /** The NOS chain id (decimal 42213). */
    public static final long NOS_CHAIN_ID = 42213;
    /** The L2 block gas limit unless configured otherwise. */
    public static final long DEFAULT_GAS_LIMIT = 30_000_000L;
    /** The base fee of the genesis block: 1 gwei, as in geth and op-geth. */
    public static final BigInteger INITIAL_BASE_FEE = Eip1559.INITIAL_BASE_FEE.toBigInteger();
    /** What each dev account holds at genesis. */
    public static final Wei DEV_ACCOUNT_BALANCE = Wei.ether(10_000);

    public GenesisConfig {
        if (chainId <= 0) throw new IllegalArgumentException("chain id must be positive: " + chainId);
        if (timestamp < 0) throw new IllegalArgumentException("timestamp is negative: " + timestamp);
        if (gasLimit <= 0) throw new IllegalArgumentException("gas limit must be positive: " + gasLimit);
        if (baseFeePerGas.signum() < 0) throw new IllegalArgumentException("base fee is negative");
        alloc = new TreeMap<>(alloc);
    }

    /** A development chain: the ten {@link DevAccount}s with {@link #DEV_ACCOUNT_BALANCE} each. */
    public static GenesisConfig devnet(long chainId, long timestamp, long gasLimit) {
        SortedMap<Address, GenesisAccount> alloc = new TreeMap<>();
        for (DevAccount account : DevAccount.ALL) {
            alloc.put(account.address(), GenesisAccount.funded(DEV_ACCOUNT_BALANCE));
        }
        return new GenesisConfig(chainId, timestamp, gasLimit, INITIAL_BASE_FEE, Bytes.EMPTY, alloc);
    }

    @Override
    public SortedMap<Address, GenesisAccount> alloc() {
        return new TreeMap<>(alloc);
    }

    /** The same config with another allocation, e.g. with predeploys added. */
    public GenesisConfig withAlloc(Map<Address, GenesisAccount> newAlloc) {
        return new GenesisConfig(chainId, timestamp, gasLimit, baseFeePerGas, extraData, new TreeMap<>(newAlloc));
    }
}
