package org.nos.ejb.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nos.ejb.state.BlockNodes;
import org.nos.ejb.state.StateRoots;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.protocol.base.Hash;
import org.nos.protocol.trie.InMemoryTrieNodeStore;
import org.nos.rollup.genesis.GenesisBlock;
import org.nos.rollup.genesis.GenesisConfig;

/** The sealer's plain-Java parts: the genesis allocation as state changes, and which skipped transactions to drop. */
class BlockSealerTest {

    @Test
    void genesisChangesGiveTheGenesisHeadersStateRoot() {
        GenesisConfig config = GenesisConfig.devnet(42213, 1_795_256_978L, 30_000_000L);
        StateRoots.Result roots = StateRoots.apply(Hash.EMPTY_TRIE, InMemoryStateStore.empty(),
                BlockSealer.genesisChanges(config), BlockNodes.over(new InMemoryTrieNodeStore()));
        assertEquals(GenesisBlock.header(config).stateRoot(), roots.stateRoot());
    }

    @Test
    void onlyTransactionsThatCanNeverBeIncludedAreDropped() {
        // they may fit a later block: wait in the pool
        assertFalse(BlockSealer.isInvalid("nonce too high: 5 > 3"));
        assertFalse(BlockSealer.isInvalid("gas limit 100000 exceeds the block's 21000"));
        assertFalse(BlockSealer.isInvalid("blob gas of the block would exceed 786432"));
        assertFalse(BlockSealer.isInvalid("max fee per gas below the base fee"));
        // they never will
        assertTrue(BlockSealer.isInvalid("nonce too low: 1 < 2"));
        assertTrue(BlockSealer.isInvalid("insufficient funds for gas * price + value"));
        assertTrue(BlockSealer.isInvalid("intrinsic gas too low: 20000 < 21000"));
        assertTrue(BlockSealer.isInvalid("sender is not an EOA (EIP-3607)"));
    }
}
