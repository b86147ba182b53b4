package org.nos.evm.block;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nos.evm.EvmConfig;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.InMemoryStateStore.AllocAccount;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.Block;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.block.Withdrawal;
import org.nos.protocol.chain.ChainConfig;
import org.nos.protocol.chain.Eip1559;
import org.nos.protocol.chain.Eip1559Params;
import org.nos.protocol.chain.Fork;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.DepositTransaction;
import org.nos.protocol.tx.DynamicFeeTransaction;
import org.nos.protocol.tx.Transaction;
import org.nos.protocol.tx.TransactionType;

class BlockExecutorTest {
    static final PrivateKey KEY = PrivateKey.fromHex("0x45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8");
    static final Address SENDER = KEY.address();
    static final Address RECIPIENT = Address.fromHex("0x00000000000000000000000000000000000000aa");
    static final Address COINBASE = Address.fromHex("0x00000000000000000000000000000000000000cb");
    static final Wei GENESIS_BASE_FEE = Wei.gwei(1);
    static final ChainConfig MAINNET_RULES = ChainConfig.atGenesis(1, Fork.CANCUN);
    static final BlockExecutor ETHEREUM = new BlockExecutor(MAINNET_RULES, new TransactionProcessor(EvmConfig.cancun()));

    static Map<Address, AllocAccount> alloc() {
        return Map.of(SENDER, new AllocAccount(0, Wei.ether(10), Bytes.EMPTY, Map.of()));
    }

    static BlockHeader genesis(InMemoryStateStore store) {
        return new BlockHeader(Hash.ZERO, Hash.EMPTY_LIST, Address.ZERO, store.stateRoot(), Hash.EMPTY_TRIE, Hash.EMPTY_TRIE,
                BlockHeader.EMPTY_BLOOM, BigInteger.ZERO, 0, 30_000_000, 0, 0, Bytes.EMPTY, Hash.ZERO, BlockHeader.ZERO_NONCE,
                GENESIS_BASE_FEE.toBigInteger(), Hash.EMPTY_TRIE, 0L, 0L, Hash.ZERO);
    }

    static Transaction transfer(long nonce, long wei) {
        return transfer(nonce, wei, 21_000);
    }

    static Transaction transfer(long nonce, long wei, long gasLimit) {
        return DynamicFeeTransaction.unsigned(1, nonce, Wei.gwei(1), Wei.gwei(5), gasLimit, RECIPIENT, Wei.of(wei), Bytes.EMPTY,
                List.of()).sign(KEY);
    }

    static BlockAttributes attributes(List<Withdrawal> withdrawals) {
        return new BlockAttributes(COINBASE, 12, Hash.keccak(new byte[] {1}), 30_000_000, Bytes.EMPTY,
                Hash.keccak(new byte[] {2}), withdrawals);
    }

    /** A block built by {@code executor} on a fresh genesis state. */
    static BlockResult built(BlockExecutor executor, List<Transaction> forced, List<Transaction> candidates, List<Withdrawal> withdrawals) {
        InMemoryStateStore store = InMemoryStateStore.fromAlloc(alloc());
        return executor.build(genesis(store), WorldState.over(store), attributes(withdrawals), forced,
                TransactionCandidates.inOrder(candidates), n -> null, store::stateRoot);
    }

    /** Imports {@code block} with the Ethereum rules on a fresh genesis state; returns that state. */
    static InMemoryStateStore imported(Block block) throws InvalidBlockException {
        InMemoryStateStore store = InMemoryStateStore.fromAlloc(alloc());
        ETHEREUM.importBlock(genesis(store), WorldState.over(store), block, n -> null, store::stateRoot);
        return store;
    }

    @Test
    void aBuiltBlockSkipsInvalidCandidatesAndImportsOnAFreshState() throws Exception {
        BlockResult result = built(ETHEREUM, List.of(), List.of(transfer(0, 1), transfer(5, 1), transfer(1, 2)), List.of());
        Block block = result.block();

        assertEquals(2, block.transactions().size());
        assertEquals(1, result.skipped().size());
        assertTrue(result.skipped().get(0).reason().contains("nonce"), result.skipped().get(0).reason());
        assertEquals(List.of(21_000L, 42_000L), result.receipts().stream().map(r -> r.cumulativeGasUsed()).toList());
        assertEquals(42_000, block.header().gasUsed());
        assertEquals(Eip1559.nextBaseFee(0, 30_000_000, GENESIS_BASE_FEE, Eip1559Params.ETHEREUM).toBigInteger(),
                block.header().baseFeePerGas());

        InMemoryStateStore state = imported(block);
        assertEquals(block.header().stateRoot(), state.stateRoot());
        assertEquals(Wei.of(3), state.accounts().get(RECIPIENT).balance());
    }

    static Stream<Arguments> tamperedHeaders() {
        return Stream.of(
                Arguments.of("state root", HeaderEdits.set(HeaderEdits.STATE_ROOT, Hash.ZERO), "state root"),
                Arguments.of("receipts root", HeaderEdits.set(HeaderEdits.RECEIPTS_ROOT, Hash.ZERO), "receipts root"),
                Arguments.of("transactions root", HeaderEdits.set(HeaderEdits.TRANSACTIONS_ROOT, Hash.EMPTY_TRIE), "transactions root"),
                Arguments.of("withdrawals root", HeaderEdits.set(HeaderEdits.WITHDRAWALS_ROOT, Hash.ZERO), "withdrawals root"),
                Arguments.of("logs bloom", HeaderEdits.set(HeaderEdits.LOGS_BLOOM, Bytes.wrap(filled(256))), "logs bloom"),
                Arguments.of("gas used", HeaderEdits.set(HeaderEdits.GAS_USED, 21_001L), "gas used"),
                Arguments.of("blob gas used", HeaderEdits.set(HeaderEdits.BLOB_GAS_USED, 131_072L), "blob gas used"),
                Arguments.of("excess blob gas", HeaderEdits.set(HeaderEdits.EXCESS_BLOB_GAS, 1L), "excess blob gas"),
                Arguments.of("base fee", HeaderEdits.set(HeaderEdits.BASE_FEE, BigInteger.TEN), "base fee"),
                Arguments.of("timestamp", HeaderEdits.set(HeaderEdits.TIMESTAMP, 0L), "timestamp"),
                Arguments.of("gas limit", HeaderEdits.set(HeaderEdits.GAS_LIMIT, 40_000_000L), "gas limit"),
                Arguments.of("number", HeaderEdits.set(HeaderEdits.NUMBER, 2L), "block number"),
                Arguments.of("extra data", HeaderEdits.set(HeaderEdits.EXTRA_DATA, Bytes.wrap(new byte[33])), "extra data"),
                Arguments.of("difficulty", HeaderEdits.set(HeaderEdits.DIFFICULTY, BigInteger.ONE), "difficulty"),
                Arguments.of("no beacon root", HeaderEdits.set(HeaderEdits.BEACON_ROOT, null), "beacon"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperedHeaders")
    void aTamperedHeaderIsRejected(String name, UnaryOperator<BlockHeader> edit, String reason) {
        Block good = built(ETHEREUM, List.of(), List.of(transfer(0, 1)), List.of()).block();
        Block bad = new Block(edit.apply(good.header()), good.transactions(), good.ommers(), good.withdrawals());
        InvalidBlockException e = assertThrows(InvalidBlockException.class, () -> imported(bad));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void ommersAreRejected() {
        Block good = built(ETHEREUM, List.of(), List.of(), List.of()).block();
        Block withOmmer = new Block(HeaderEdits.set(HeaderEdits.OMMERS_HASH, Hash.keccak(new byte[] {(byte) 0xc0}))
                .apply(good.header()), List.of(), List.of(good.header()), List.of());
        assertThrows(InvalidBlockException.class, () -> imported(withOmmer));
    }

    @Test
    void anInvalidTransactionInvalidatesTheBlock() {
        Block good = built(ETHEREUM, List.of(), List.of(transfer(0, 1)), List.of()).block();
        Block replaced = new Block(good.header(), List.of(transfer(7, 1)), List.of(), List.of());
        Block bad = new Block(HeaderEdits.set(HeaderEdits.TRANSACTIONS_ROOT, replaced.computeTransactionsRoot())
                .apply(good.header()), replaced.transactions(), List.of(), List.of());
        InvalidBlockException e = assertThrows(InvalidBlockException.class, () -> imported(bad));
        assertTrue(e.getMessage().contains("transaction 0"), e.getMessage());
    }

    @Test
    void withdrawalsAreCreditedInWeiAndZeroAmountsTouchNothing() throws Exception {
        Address zero = Address.fromHex("0x00000000000000000000000000000000000000a0");
        Address paid = Address.fromHex("0x00000000000000000000000000000000000000a1");
        List<Withdrawal> withdrawals = List.of(new Withdrawal(0, 0, zero, 0), new Withdrawal(1, 0, paid, 2));
        Block block = built(ETHEREUM, List.of(), List.of(), withdrawals).block();

        InMemoryStateStore state = imported(block);
        assertFalse(state.accounts().containsKey(zero));
        assertEquals(Wei.gwei(2), state.accounts().get(paid).balance());
    }

    @Test
    void aBlockTakesTheGasTransactionsUsedNotTheirGasLimits() throws Exception {
        InMemoryStateStore store = InMemoryStateStore.fromAlloc(alloc());
        BlockAttributes small = new BlockAttributes(COINBASE, 12, Hash.keccak(new byte[] {1}), 120_000, Bytes.EMPTY,
                Hash.keccak(new byte[] {2}), List.of());
        List<Transaction> candidates = List.of(transfer(0, 1, 60_000), transfer(1, 1, 60_000), transfer(2, 1, 60_000),
                transfer(3, 1, 60_000));
        BlockResult result = ETHEREUM.build(genesis(store), WorldState.over(store), small, List.of(),
                TransactionCandidates.inOrder(candidates), n -> null, store::stateRoot);

        assertEquals(candidates.subList(0, 3), result.block().transactions(),
                "three fit in 120,000 gas, not two: each used 21,000 of its 60,000 limit");
        assertEquals(63_000, result.block().header().gasUsed());
        assertEquals(1, result.skipped().size());
        assertEquals(candidates.get(3), result.skipped().get(0).transaction());
    }

    @Test
    void theL2PutsForcedDepositsFirstAndPaysTheBaseFeeToTheVault() {
        ChainConfig l2Rules = MAINNET_RULES.withEip1559(Eip1559Params.OP_STACK);
        BlockExecutor l2 = new BlockExecutor(l2Rules, new TransactionProcessor(EvmConfig.l2()));
        Address depositor = Address.fromHex("0x00000000000000000000000000000000000000d0");
        Transaction deposit = new DepositTransaction(Hash.keccak(new byte[] {3}), depositor, depositor, Wei.ether(1), Wei.ZERO,
                100_000, false, Bytes.EMPTY);
        InMemoryStateStore store = InMemoryStateStore.fromAlloc(alloc());
        BlockHeader parent = genesis(store);
        BlockResult result = l2.build(parent, WorldState.over(store), attributes(List.of()), List.of(deposit),
                TransactionCandidates.inOrder(List.of(transfer(0, 1))), n -> null, store::stateRoot);

        Block block = result.block();
        assertEquals(TransactionType.DEPOSIT, block.transactions().get(0).type());
        assertEquals(0L, result.receipts().get(0).depositNonce());
        Wei baseFee = Eip1559.nextBaseFee(0, 30_000_000, GENESIS_BASE_FEE, Eip1559Params.OP_STACK);
        assertEquals(baseFee.toBigInteger(), block.header().baseFeePerGas());
        assertEquals(baseFee.times(21_000), store.accounts().get(EvmConfig.BASE_FEE_VAULT).balance());
        assertEquals(Wei.ether(1), store.accounts().get(depositor).balance());

        InMemoryStateStore again = InMemoryStateStore.fromAlloc(alloc());
        assertDoesNotThrow(() -> l2.importBlock(genesis(again), WorldState.over(again), block, n -> null, again::stateRoot));
    }

    private static byte[] filled(int n) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) 0xff);
        return b;
    }
}
