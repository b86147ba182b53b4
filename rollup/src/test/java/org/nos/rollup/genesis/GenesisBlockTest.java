package org.nos.rollup.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.BlockHeader;

class GenesisBlockTest {

    @Test
    void emptyAllocationHasTheEmptyTrieRoot() {
        assertEquals(Hash.EMPTY_TRIE, GenesisBlock.stateRoot(Map.of()));
    }

    /**
     * The genesis of the Ethereum blockchain test
     * ZeroValue_TransactionCALL_ToOneStorageKey_OOGRevert_Paris_Cancun (legacy/InvalidBlocks/bcStateTests):
     * three accounts, one with code, two with storage.
     */
    @Test
    void conformanceGenesisStateRootAndHash() {
        Map<Address, GenesisAccount> alloc = new TreeMap<>();
        alloc.put(Address.fromHex("0x000f3df6d732807ef1319fb7b8bb8522d0beac02"), new GenesisAccount(Wei.ZERO, 1,
                Bytes.fromHex("0x3373fffffffffffffffffffffffffffffffffffffffe14604d57602036146024575f5ffd5b5f35801560495762001fff810690815414603c575f5ffd5b62001fff01545f5260205ff35b5f5ffd5b62001fff42064281555f359062001fff015500"),
                new TreeMap<>(Map.of(word(0x03e8), word(0x03e8)))));
        alloc.put(Address.fromHex("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b"),
                GenesisAccount.funded(Wei.of(0xe8d4a51000L)));
        alloc.put(Address.fromHex("0xb94f5374fce5edbc8e2a8697c15331677e6ebf0b"), new GenesisAccount(Wei.of(10), 0,
                Bytes.EMPTY, new TreeMap<>(Map.of(word(0), word(1)))));

        Hash stateRoot = GenesisBlock.stateRoot(alloc);
        assertEquals(Hash.fromHex("0xee13c30ccdb24029f1641901c160846587773331752113fc7ee81b8b13eb43c3"), stateRoot);

        BlockHeader header = new BlockHeader(Hash.ZERO, Hash.EMPTY_LIST,
                Address.fromHex("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba"), stateRoot, Hash.EMPTY_TRIE,
                Hash.EMPTY_TRIE, BlockHeader.EMPTY_BLOOM, BigInteger.ZERO, 0, 0x989680, 0, 0x03e8,
                Bytes.fromHex("0x42"), Hash.fromHex("0x0000000000000000000000000000000000000000000000000000000000020000"),
                BlockHeader.ZERO_NONCE, BigInteger.valueOf(0x10), Hash.EMPTY_TRIE, 0L, 0L, Hash.ZERO);
        assertEquals(Hash.fromHex("0xe34acc2690f9c32a99cc1d8d445b32833dc736eb20f3c89dcc2fc0df055a9314"), header.hash());
    }

    @Test
    void devnetHeaderIsPostMerge() {
        GenesisConfig config = GenesisConfig.devnet(GenesisConfig.NOS_CHAIN_ID, 1_700_000_000L, 30_000_000L);
        BlockHeader header = GenesisBlock.header(config);

        assertEquals(0, header.number());
        assertEquals(Hash.ZERO, header.parentHash());
        assertEquals(Hash.EMPTY_LIST, header.ommersHash());
        assertEquals(GenesisBlock.SEQUENCER_FEE_VAULT, header.coinbase());
        assertEquals(Hash.EMPTY_TRIE, header.transactionsRoot());
        assertEquals(Hash.EMPTY_TRIE, header.receiptsRoot());
        assertEquals(Hash.EMPTY_TRIE, header.withdrawalsRoot());
        assertEquals(BigInteger.ZERO, header.difficulty());
        assertEquals(BlockHeader.ZERO_NONCE, header.nonce());
        assertEquals(0L, header.blobGasUsed());
        assertEquals(0L, header.excessBlobGas());
        assertEquals(Hash.ZERO, header.parentBeaconBlockRoot());
        assertEquals(30_000_000L, header.gasLimit());
        assertEquals(1_700_000_000L, header.timestamp());
        assertEquals(BigInteger.valueOf(1_000_000_000L), header.baseFeePerGas());
        assertNotEquals(Hash.EMPTY_TRIE, header.stateRoot());
        assertEquals(header, BlockHeader.decode(header.encode()));
    }

    @Test
    void genesisHashDependsOnTheTimestampAndTheAllocationOnly() {
        GenesisConfig a = GenesisConfig.devnet(42213, 1000, 30_000_000L);
        assertEquals(GenesisBlock.header(a).hash(), GenesisBlock.header(GenesisConfig.devnet(42213, 1000, 30_000_000L)).hash());
        assertNotEquals(GenesisBlock.header(a).hash(), GenesisBlock.header(GenesisConfig.devnet(42213, 1002, 30_000_000L)).hash());
        assertNotEquals(GenesisBlock.header(a).stateRoot(), GenesisBlock.header(a.withAlloc(Map.of())).stateRoot());
    }

    private static Hash word(long value) {
        byte[] w = new byte[32];
        for (int i = 0; i < 8; i++) w[31 - i] = (byte) (value >>> (8 * i));
        return Hash.wrap(w);
    }
}
