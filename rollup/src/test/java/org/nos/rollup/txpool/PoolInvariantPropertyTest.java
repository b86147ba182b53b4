package org.nos.rollup.txpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.Transaction;

/**
 * Random submissions, replacements, sealed blocks and drops from a fixed seed under tight limits: after every step
 * the store holds exactly what the pool holds, lanes are well formed and the limits hold. (The queued limit
 * bounds admission only: demotion may queue more, within the per-sender limit.)
 */
class PoolInvariantPropertyTest extends PoolFixture {
    private static final List<PrivateKey> SENDERS = List.of(A, B, C, D);
    private static final PoolConfig TIGHT = TestTransactions.config().withLimits(5, 3, 12);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void storeAndLanesStayConsistent(long seed) {
        usePool(TIGHT);
        Random random = new Random(seed);
        for (int step = 0; step < 150; step++) {
            int op = random.nextInt(10);
            if (op < 7) {
                submitRandom(random);
            } else if (op < 9) {
                sealBlock(random);
            } else {
                dropRandom(random);
            }
            assertInvariants();
        }
    }

    private void submitRandom(Random random) {
        PrivateKey key = SENDERS.get(random.nextInt(SENDERS.size()));
        long nonce = Math.max(0, accounts.nonce(key.address()) - 1 + random.nextInt(8));
        Wei tip = Wei.of(1 + random.nextInt(50) * 10_000_000L);
        Wei feeCap = tip.plus(Wei.gwei(random.nextInt(3)));
        try {
            submit(TestTransactions.transfer(key, nonce, tip, feeCap, 21_000));
        } catch (TxPoolException expected) {
            // refusals are part of the walk; the invariants must hold either way
        }
    }

    private void sealBlock(Random random) {
        List<Transaction> included = GasLimitSelection.select(pool, BASE_FEE, 21_000L * (1 + random.nextInt(6)));
        for (Transaction tx : included) accounts.setNonce(tx.sender(), tx.nonce() + 1);
        pool.onBlockSealed(included, accounts, BASE_FEE);
    }

    private void dropRandom(Random random) {
        List<Transaction> all = new ArrayList<>();
        pool.pending().values().forEach(all::addAll);
        pool.queued().values().forEach(all::addAll);
        if (!all.isEmpty()) pool.drop(all.get(random.nextInt(all.size())).hash());
    }

    private void assertInvariants() {
        Set<Hash> inPool = new TreeSet<>();
        Map<Address, List<Transaction>> pending = pool.pending();
        Map<Address, List<Transaction>> queued = pool.queued();
        int pendingCount = 0;
        for (Map.Entry<Address, List<Transaction>> e : pending.entrySet()) {
            long expected = accounts.nonce(e.getKey());
            for (Transaction tx : e.getValue()) {
                assertEquals(expected++, tx.nonce(), "pending run must be contiguous from the account nonce");
                inPool.add(tx.hash());
                pendingCount++;
            }
            assertEquals(expected, pool.pendingNonce(e.getKey(), accounts));
        }
        for (Map.Entry<Address, List<Transaction>> e : queued.entrySet()) {
            long pendingNonce = pool.pendingNonce(e.getKey(), accounts);
            for (Transaction tx : e.getValue()) {
                assertTrue(tx.nonce() > pendingNonce, "queued must sit behind a gap");
                inPool.add(tx.hash());
            }
        }
        for (PrivateKey key : SENDERS) {
            int lane = pending.getOrDefault(key.address(), List.of()).size()
                    + queued.getOrDefault(key.address(), List.of()).size();
            assertTrue(lane <= TIGHT.maxPerSender(), "sender over its limit");
        }
        assertEquals(new PoolStatus(pendingCount, inPool.size() - pendingCount), pool.status());
        assertEquals(inPool.size(), pool.size());
        assertTrue(pool.size() <= TIGHT.maxTotal());
        Set<Hash> inStore = new TreeSet<>();
        for (byte[] raw : store.loadAll()) inStore.add(Hash.keccak(raw));
        assertEquals(inPool, inStore, "the store must hold exactly what the pool holds");
    }
}
