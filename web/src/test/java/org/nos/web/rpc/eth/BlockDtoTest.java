package org.nos.web.rpc.eth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nos.ejb.chain.ChainBlock;
import org.nos.rollup.genesis.GenesisBlock;
import org.nos.rollup.genesis.GenesisConfig;

class BlockDtoTest {

    @Test
    void genesisAsJsonRpcFields() {
        ChainBlock genesis = ChainBlock.of(GenesisBlock.header(GenesisConfig.devnet(42213, 0x6b01729e, 30_000_000L)));
        BlockDto dto = BlockDto.of(genesis, false);
        assertEquals("0x0", dto.number());
        assertEquals(genesis.hash().toHex(), dto.hash());
        assertEquals("0x0000000000000000000000000000000000000000000000000000000000000000", dto.parentHash());
        assertEquals("0x0000000000000000", dto.nonce());
        assertEquals("0x4200000000000000000000000000000000000011", dto.miner());
        assertEquals("0x0", dto.difficulty());
        assertEquals("0x0", dto.totalDifficulty());
        assertEquals("0x", dto.extraData());
        assertEquals("0x1c9c380", dto.gasLimit());
        assertEquals("0x0", dto.gasUsed());
        assertEquals("0x6b01729e", dto.timestamp());
        assertEquals("0x3b9aca00", dto.baseFeePerGas());
        assertEquals("0x0", dto.blobGasUsed());
        assertEquals("0x0", dto.excessBlobGas());
        assertEquals("0x" + Integer.toHexString(genesis.size()), dto.size());
        assertEquals(2 + 2 * 256, dto.logsBloom().length());
        assertTrue(dto.transactions().isEmpty() && dto.uncles().isEmpty() && dto.withdrawals().isEmpty());
    }
}
