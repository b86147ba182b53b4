package org.nos.rollup.genesis;

import java.math.BigInteger;
import java.util.Map;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.state.AccountState;
import org.nos.protocol.trie.SecureTrie;

/**
 * Computes the genesis block of a {@link GenesisConfig}: the state root is the Merkle Patricia root of the
 * allocation; the header is a post-merge (Cancun) header with no transactions, number 0 and a zero parent.
 */
public final class GenesisBlock {
    /** The OP Stack SequencerFeeVault predeploy, coinbase of every L2 block. */
    public static final Address SEQUENCER_FEE_VAULT = Address.fromHex("0x4200000000000000000000000000000000000011");

    private GenesisBlock() {
    }

    /** The genesis header of {@code config}. */
    public static BlockHeader header(GenesisConfig config) {
        return new BlockHeader(
                Hash.ZERO,
                Hash.EMPTY_LIST,
                SEQUENCER_FEE_VAULT,
                stateRoot(config.alloc()),
                Hash.EMPTY_TRIE,
                Hash.EMPTY_TRIE,
                BlockHeader.EMPTY_BLOOM,
                BigInteger.ZERO,
                0,
                config.gasLimit(),
                0,
                config.timestamp(),
                config.extraData(),
                Hash.ZERO,
                BlockHeader.ZERO_NONCE,
                config.baseFeePerGas(),
                Hash.EMPTY_TRIE,
                0L,
                0L,
                Hash.ZERO);
    }

    /** The state root of an allocation: each account under keccak(address) in the state trie. */
    public static Hash stateRoot(Map<Address, GenesisAccount> alloc) {
        SecureTrie state = SecureTrie.inMemory();
        alloc.forEach((address, account) -> state.put(address.toArray(), accountState(account).encode()));
        return state.rootHash();
    }

    private static AccountState accountState(GenesisAccount account) {
        SecureTrie storage = SecureTrie.inMemory();
        account.storage().forEach((slot, value) -> {
            if (!value.equals(Hash.ZERO)) {
                storage.put(slot.toArray(), Rlp.encodeBytes(stripLeadingZeros(value.toArray())));
            }
        });
        return new AccountState(account.nonce(), account.balance(), storage.rootHash(), Hash.keccak(account.code().toArray()));
    }

    private static byte[] stripLeadingZeros(byte[] word) {
        int i = 0;
        while (i < word.length - 1 && word[i] == 0) i++;
        return java.util.Arrays.copyOfRange(word, i, word.length);
    }
}
