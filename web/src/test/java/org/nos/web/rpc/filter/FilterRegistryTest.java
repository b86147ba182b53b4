package org.nos.web.rpc.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.nos.ejb.chain.BlockSealedEvent;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.StoredReceipt;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.BlockHeader;
import org.nos.web.rpc.RpcException;
import org.nos.web.rpc.eth.LogDto;

class FilterRegistryTest {
    final AtomicLong now = new AtomicLong();
    final FilterRegistry registry = new FilterRegistry(Duration.ofMinutes(5), now::get);

    static BlockSealedEvent block(long number, StoredReceipt... receipts) {
        BlockHeader h = new BlockHeader(Hash.ZERO, Hash.EMPTY_LIST, Address.ZERO, Hash.EMPTY_TRIE, Hash.EMPTY_TRIE,
                Hash.EMPTY_TRIE, BlockHeader.EMPTY_BLOOM, BigInteger.ZERO, number, 30_000_000, 0, 1000 + number,
                Bytes.EMPTY, Hash.ZERO, BlockHeader.ZERO_NONCE, BigInteger.ONE, Hash.EMPTY_TRIE, 0L, 0L, Hash.ZERO);
        return new BlockSealedEvent(ChainBlock.of(h), List.of(), List.of(receipts));
    }

    static StoredReceipt receipt(long block, String address, String topic) {
        var log = LogCriteriaTest.log(address, topic);
        log = new org.nos.ejb.chain.StoredLog(log.address(), log.topics(), log.data(), block, Hash.ZERO, Hash.ZERO, 0, 0);
        return new StoredReceipt(Hash.ZERO, 0, Hash.ZERO, block, Address.ZERO, null, null, 21000, 21000, Wei.ZERO,
                true, 2, List.of(log), BlockHeader.EMPTY_BLOOM, null);
    }

    @Test
    void blockFilterCollectsHashesAndDrainsOnPoll() throws RpcException {
        String id = registry.newBlockFilter();
        assertTrue(id.matches("0x[0-9a-f]{1,32}"), id);
        BlockSealedEvent b1 = block(1);
        registry.onBlockSealed(b1);
        registry.onBlockSealed(block(2));
        List<Object> changes = registry.changes(id);
        assertEquals(2, changes.size());
        assertEquals(b1.block().hash().toHex(), changes.get(0));
        assertEquals(List.of(), registry.changes(id));
    }

    @Test
    void logFilterKeepsOnlyMatchingLogs() throws Exception {
        String id = registry.newLogFilter(LogCriteriaTest.parse("{\"topics\":[\"" + LogCriteriaTest.T1 + "\"]}"));
        registry.onBlockSealed(block(3, receipt(3, LogCriteriaTest.A, LogCriteriaTest.T1), receipt(3, LogCriteriaTest.B, LogCriteriaTest.T2)));
        List<Object> changes = registry.changes(id);
        assertEquals(1, changes.size());
        assertEquals(LogCriteriaTest.A, ((LogDto) changes.get(0)).address());
    }

    @Test
    void filterExpiresWithoutPollingAndPollingKeepsItAlive() throws RpcException {
        String polled = registry.newBlockFilter();
        String idle = registry.newBlockFilter();
        now.addAndGet(Duration.ofMinutes(4).toNanos());
        registry.changes(polled);
        now.addAndGet(Duration.ofMinutes(2).toNanos());
        registry.changes(polled);
        RpcException e = assertThrows(RpcException.class, () -> registry.changes(idle));
        assertEquals(-32000, e.code());
        assertEquals("filter not found", e.getMessage());
        assertFalse(registry.uninstall(idle));
        assertTrue(registry.uninstall(polled));
        assertEquals(0, registry.size());
    }
}
