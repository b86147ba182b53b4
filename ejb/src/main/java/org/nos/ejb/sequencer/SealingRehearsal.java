package org.nos.ejb.sequencer;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.state.BlockNodes;
import org.nos.ejb.state.BlockOverlay;
import org.nos.ejb.state.BlockStateWrite;
import org.nos.ejb.state.HeadAccounts;
import org.nos.ejb.state.HeadState;
import org.nos.ejb.state.StateRoots;
import org.nos.evm.block.BlockExecutor;
import org.nos.evm.block.BlockResult;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.StateChanges;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.block.Receipt;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.DynamicFeeTransaction;
import org.nos.protocol.tx.LegacyTransaction;
import org.nos.protocol.tx.Transaction;
import org.nos.protocol.trie.InMemoryTrieNodeStore;
import org.nos.rollup.genesis.DevAccount;
import org.nos.rollup.genesis.GenesisBlock;
import org.nos.rollup.genesis.GenesisConfig;
import org.nos.rollup.txpool.PoolConfig;
import org.nos.rollup.txpool.PoolStore;
import org.nos.rollup.txpool.TransactionPool;

/**
 * The sequencer's work done on a chain of its own, so that the JIT compiles it before users need it. A fresh JVM
 * interprets a method until it has run some thousands of times, and each transaction runs the admission and
 * sealing methods about once: on a new node, compiling them took as much CPU as the first 20,000 transactions did
 * and cut their throughput in half. This rehearsal starts a devnet genesis in memory; the dev accounts send ETH
 * transfers and ERC-20 ({@code contracts/src/NosToken.sol}) transfers, signed, as raw bytes into a pool of its own,
 * and each block is built, rooted and applied to a {@link HeadState} as {@link BlockSealer} and
 * {@link SequencerService} do, then handed to the caller, who may rehearse storing it ({@link StorageRehearsal}). It
 * shares nothing with the node's chain, pool or database. Plain Java.
 */
public final class SealingRehearsal {
    /** What a rehearsal sealed: {@code failed} counts receipts with status 0, which a correct node never has here. */
    public record Summary(int blocks, long transactions, long tokenTransfers, long failed) {}

    /** A block the rehearsal sealed: what {@link BlockSealer} stores of it, and its state for the state tables. */
    public record RehearsedBlock(ChainBlock block, BlockResult result, BlockStateWrite state) {}

    private static final int SENDERS = 8;
    private static final int BLOCK_TIME = 2;
    private static final long TOKEN_GAS = 100_000;

    private final BlockExecutor executor;
    private final PoolConfig poolConfig;
    private final Bytes tokenInitCode;
    private final List<PrivateKey> keys = DevAccount.ALL.stream().limit(SENDERS)
            .map(a -> PrivateKey.fromHex(a.privateKey())).toList();
    private final long[] nonces = new long[SENDERS];
    private final InMemoryTrieNodeStore nodes = new InMemoryTrieNodeStore();
    private final HeadState head = new HeadState();
    private final HeadAccounts accounts = new HeadAccounts(head);
    private final TransactionPool pool;
    private final Address token;
    private BlockHeader parent;
    private long recipients;

    /**
     * @param poolConfig the node's pool rules; its chain id and block gas limit are the rehearsal chain's
     * @param tokenInitCode NosToken's creation code, its constructor argument not yet appended
     */
    public SealingRehearsal(BlockExecutor executor, PoolConfig poolConfig, Bytes tokenInitCode) {
        this.executor = executor;
        this.poolConfig = poolConfig;
        this.tokenInitCode = tokenInitCode;
        GenesisConfig genesis = GenesisConfig.devnet(poolConfig.chainId(), 0, poolConfig.blockGasLimit());
        parent = GenesisBlock.header(genesis);
        StateChanges alloc = BlockSealer.genesisChanges(genesis);
        StateRoots.Result roots = StateRoots.apply(Hash.EMPTY_TRIE, InMemoryStateStore.empty(), alloc, nodes);
        head.reset(0, Hash.EMPTY_TRIE, Map.of());
        head.apply(0, roots.stateRoot(), alloc, roots.storageRoots());
        pool = new TransactionPool(poolConfig, new Discarding(), executor.nextBaseFee(parent));
        token = Address.contractAddress(keys.get(0).address(), 0);
    }

    /** Seals blocks until at least {@code transactions} are in them or {@code stop} says so. */
    public Summary run(long transactions, BooleanSupplier stop) {
        return run(transactions, stop, block -> { });
    }

    /** {@link #run(long, BooleanSupplier)}, handing each sealed block to {@code onSealed}. */
    public Summary run(long transactions, BooleanSupplier stop, Consumer<RehearsedBlock> onSealed) {
        int blocks = 0;
        long sealed = 0;
        long tokenTransfers = 0;
        long failed = 0;
        int perSender = Math.max(1, Math.min(64, poolConfig.maxPerSender()));
        while (sealed < transactions && !stop.getAsBoolean()) {
            Wei baseFee = executor.nextBaseFee(parent);
            Fees fees = Fees.at(baseFee, poolConfig);
            for (int s = 0; s < SENDERS; s++) {
                long waiting = nonces[s] - accounts.nonce(keys.get(s).address()); // left over when a block was full
                for (long j = waiting; j < perSender; j++) submit(next(s, j, fees));
            }
            RehearsedBlock block = seal(baseFee);
            onSealed.accept(block);
            BlockResult result = block.result();
            blocks++;
            for (int i = 0; i < result.receipts().size(); i++) {
                Receipt receipt = result.receipts().get(i);
                if (!receipt.success()) failed++;
                if (token.equals(result.block().transactions().get(i).to())) tokenTransfers++;
            }
            sealed += result.block().transactions().size();
        }
        return new Summary(blocks, sealed, tokenTransfers, failed);
    }

    /**
     * Sender {@code s}'s {@code j}th transaction of a block. In the first block sender 0 deploys the token and hands
     * each other sender a share; after that every other transaction is a token transfer. Each goes to a new
     * recipient, and pays the pool's minimum fees or more.
     */
    private Transaction next(int s, long j, Fees fees) {
        PrivateKey key = keys.get(s);
        long nonce = nonces[s]++;
        if (s == 0 && nonce == 0) {
            return call(key, nonce, null, tokenInitCode.concat(word(BigInteger.TEN.pow(30))), 2_000_000, fees);
        }
        if (s == 0 && nonce < SENDERS) {
            Address share = keys.get((int) nonce).address();
            return call(key, nonce, token, transfer(share, BigInteger.TEN.pow(27)), TOKEN_GAS, fees);
        }
        Address to = Address.fromHex(String.format("0x%040x", 0x52454845L << 32 | recipients++)); // "REHE"
        if (j % 2 == 1 && parent.number() >= 1) {
            return call(key, nonce, token, transfer(to, BigInteger.ONE), TOKEN_GAS, fees);
        }
        return LegacyTransaction.unsigned(nonce, fees.feeCap(), 21_000, to, Wei.of(1), Bytes.EMPTY)
                .sign(key, poolConfig.chainId());
    }

    private DynamicFeeTransaction call(PrivateKey key, long nonce, Address to, Bytes data, long gas, Fees fees) {
        return DynamicFeeTransaction.unsigned(poolConfig.chainId(), nonce, fees.tip(), fees.feeCap(), gas, to, Wei.ZERO,
                data, List.of()).sign(key);
    }

    /** What a block's transactions pay: at least the pool's minimums, a 1 gwei tip, twice the base fee. */
    private record Fees(Wei tip, Wei feeCap) {
        static Fees at(Wei baseFee, PoolConfig config) {
            Wei tip = max(config.minTip(), Wei.gwei(1));
            return new Fees(tip, max(config.minFeeCap(), baseFee.times(2).plus(tip)));
        }
    }

    /** Through the pool's front door: the bytes are decoded, the sender recovered and every rule checked. */
    private void submit(Transaction tx) {
        pool.submit(tx.encoded(), accounts);
    }

    /** What {@link BlockSealer#sealNextBlock} and {@link SequencerService}'s commit step do, without the database. */
    private RehearsedBlock seal(Wei baseFee) {
        BlockOverlay overlay = new BlockOverlay(head);
        BlockNodes blockNodes = BlockNodes.over(nodes);
        BlockHeader before = parent;
        StateRoots.Result[] roots = new StateRoots.Result[1];
        BlockResult result = executor.build(before, WorldState.over(overlay),
                BlockSealer.attributesAfter(before, BLOCK_TIME, before.gasLimit()), List.of(), pool.candidates(baseFee),
                n -> Hash.ZERO, () -> {
                    roots[0] = StateRoots.apply(before.stateRoot(), head, overlay.changes(), blockNodes);
                    return roots[0].stateRoot();
                });
        for (BlockResult.Skipped skipped : result.skipped()) {
            if (BlockSealer.isInvalid(skipped.reason())) {
                throw new IllegalStateException("the rehearsal's transaction " + skipped.transaction().hash()
                        + " is invalid: " + skipped.reason());
            }
        }
        ChainBlock block = ChainBlock.of(result.block());
        blockNodes.created().forEach(nodes::put);
        head.apply(block.number(), block.header().stateRoot(), overlay.changes(), roots[0].storageRoots());
        parent = block.header();
        pool.onBlockSealed(result.block().transactions(), accounts, executor.nextBaseFee(parent));
        return new RehearsedBlock(block, result, BlockStateWrite.stateOnly(block.number(), overlay.changes(),
                roots[0].storageRoots(), blockNodes.created()));
    }

    private static Bytes transfer(Address to, BigInteger amount) {
        return Bytes.fromHex("0xa9059cbb").concat(Bytes.wrap(new byte[12])).concat(Bytes.wrap(to.toArray()))
                .concat(word(amount));
    }

    private static Wei max(Wei a, Wei b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Bytes word(BigInteger value) {
        byte[] word = new byte[32];
        byte[] raw = value.toByteArray();
        System.arraycopy(raw, 0, word, 32 - raw.length, raw.length);
        return Bytes.wrap(word);
    }

    /** The rehearsal's pool keeps nothing: there is nothing to recover. */
    private static final class Discarding implements PoolStore {
        @Override
        public void saved(Transaction tx) {
        }

        @Override
        public void removed(Hash hash) {
        }

        @Override
        public List<byte[]> loadAll() {
            return List.of();
        }
    }
}
