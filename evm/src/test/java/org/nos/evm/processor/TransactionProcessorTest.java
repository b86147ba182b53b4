package org.nos.evm.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nos.evm.EvmConfig;
import org.nos.evm.Word;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.DepositTransaction;
import org.nos.protocol.tx.LegacyTransaction;
import org.nos.protocol.tx.Transaction;

class TransactionProcessorTest {
    private static final PrivateKey KEY = PrivateKey.fromHex("0x45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8");
    private static final Address SENDER = Address.fromHex("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
    private static final Address COINBASE = Address.fromHex("0x00000000000000000000000000000000000000cc");
    private static final Address REVERTER = Address.fromHex("0x00000000000000000000000000000000000000ee");
    private static final BlockContext BLOCK = new BlockContext(COINBASE, 1, 1000, 30_000_000, Wei.of(7), Hash.ZERO,
            Wei.of(1), 1, n -> null);

    private static WorldState state() {
        return WorldState.over(InMemoryStateStore.fromAlloc(Map.of(
                SENDER, new InMemoryStateStore.AllocAccount(0, Wei.ether(1), Bytes.EMPTY, Map.of()),
                REVERTER, new InMemoryStateStore.AllocAccount(0, Wei.ZERO, Bytes.fromHex("0x5f5ffd"), Map.of()))));
    }

    private static Transaction transfer(long nonce, long gas) {
        return LegacyTransaction.unsigned(nonce, Wei.of(10), gas, COINBASE, Wei.of(1000), Bytes.EMPTY).sign(KEY, 1);
    }

    @Test
    void aTransferPaysTheTipToTheCoinbaseAndBurnsTheBaseFee() {
        WorldState s = state();
        TransactionResult r = new TransactionProcessor(EvmConfig.cancun()).execute(s, BLOCK, transfer(0, 21000), 30_000_000, null);
        assertTrue(r.success());
        assertEquals(21000, r.gasUsed());
        assertEquals(1, s.getNonce(SENDER));
        assertEquals(Word.of(1000 + 21000 * 3), s.getBalance(COINBASE));
        assertEquals(Wei.ether(1).minus(Wei.of(1000 + 21000 * 10)), s.balance(SENDER));
    }

    @Test
    void theBaseFeeGoesToTheConfiguredRecipient() {
        WorldState s = state();
        new TransactionProcessor(EvmConfig.l2()).execute(s, BLOCK, transfer(0, 21000), 30_000_000, null);
        assertEquals(Word.of(21000 * 7), s.getBalance(EvmConfig.BASE_FEE_VAULT));
    }

    @Test
    void invalidTransactionsAreRejectedWithoutChangingState() {
        TransactionProcessor p = new TransactionProcessor(EvmConfig.cancun());
        WorldState s = state();
        assertThrows(InvalidTransactionException.class, () -> p.execute(s, BLOCK, transfer(1, 21000), 30_000_000, null));
        assertThrows(InvalidTransactionException.class, () -> p.execute(s, BLOCK, transfer(0, 20999), 30_000_000, null));
        assertThrows(InvalidTransactionException.class, () -> p.execute(s, BLOCK, transfer(0, 21000), 20_000, null));
        assertEquals(0, s.getNonce(SENDER));
        assertFalse(s.exists(COINBASE));
    }

    @Test
    void aFailedDepositKeepsItsMintAndBumpsTheNonce() {
        Address from = Address.fromHex("0x00000000000000000000000000000000000000d1");
        DepositTransaction deposit = new DepositTransaction(Hash.ZERO, from, REVERTER, Wei.of(500), Wei.of(100),
                100_000, false, Bytes.EMPTY);
        WorldState s = state();
        TransactionResult r = new TransactionProcessor(EvmConfig.l2()).execute(s, BLOCK, deposit, 30_000_000, null);
        assertFalse(r.success());
        assertEquals(Word.of(500), s.getBalance(from));
        assertEquals(1, s.getNonce(from));
        assertEquals(21000 + 2 + 2, r.gasUsed());
        assertFalse(s.exists(COINBASE));
    }

    @Test
    void theCodeSizeLimitIsConfigurable() {
        // init code returning 30000 zero bytes: PUSH2 30000 PUSH0 RETURN
        Bytes init = Bytes.fromHex("0x617530" + "5f" + "f3");
        Address creator = Address.fromHex("0x00000000000000000000000000000000000000d2");
        for (EvmConfig config : new EvmConfig[] {EvmConfig.cancun(), EvmConfig.l2()}) {
            WorldState s = state();
            DepositTransaction create = new DepositTransaction(Hash.ZERO, creator, null, Wei.ZERO, Wei.ZERO,
                    10_000_000, false, init);
            TransactionResult r = new TransactionProcessor(config).execute(s, BLOCK, create, 30_000_000, null);
            assertEquals(config.maxCodeSize() > 30000, r.success(), "limit " + config.maxCodeSize());
            if (r.success()) assertNotNull(r.createdContract());
        }
    }

    @Test
    void aSystemCallDoesNotTouchTheSystemAddress() {
        WorldState s = state();
        TransactionResult r = new TransactionProcessor(EvmConfig.cancun()).systemCall(s, BLOCK, REVERTER, Bytes.EMPTY);
        assertFalse(r.success());
        assertFalse(s.exists(TransactionProcessor.SYSTEM_ADDRESS));
        assertEquals(0, s.getNonce(TransactionProcessor.SYSTEM_ADDRESS));
    }
}
