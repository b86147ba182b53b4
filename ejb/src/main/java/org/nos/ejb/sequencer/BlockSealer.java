package org.nos.ejb.sequencer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.ChainHead;
import org.nos.ejb.chain.ChainRules;
import org.nos.ejb.config.NodeSettings;
import org.nos.ejb.state.BlockNodes;
import org.nos.ejb.state.BlockOverlay;
import org.nos.ejb.state.BlockStateWrite;
import org.nos.ejb.state.StateBacklog;
import org.nos.ejb.state.StateWriter;
import org.nos.ejb.state.HeadState;
import org.nos.ejb.state.StateRoots;
import org.nos.ejb.state.TrieNodes;
import org.nos.ejb.txpool.PoolHolder;
import org.nos.evm.Word;
import org.nos.evm.block.BlockAttributes;
import org.nos.evm.block.BlockResult;
import org.nos.evm.block.InvalidBlockException;
import org.nos.evm.block.TransactionCandidates;
import org.nos.evm.state.InMemoryStateStore;
import org.nos.evm.state.StateChanges;
import org.nos.evm.state.WorldState;
import org.nos.jpa.block.BlockEntity;
import org.nos.jpa.block.BlockRepository;
import org.nos.jpa.state.StateRepository;
import org.nos.jpa.tx.TransactionRepository;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.Block;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.crypto.Keccak256;
import org.nos.protocol.tx.Transaction;
import org.nos.rollup.genesis.GenesisAccount;
import org.nos.rollup.genesis.GenesisBlock;
import org.nos.rollup.genesis.GenesisConfig;

/**
 * Seals blocks. Each public method is one JTA transaction: a crash leaves a whole block or none of it. Memory (the
 * head, the head state, the trie nodes, the pool) moves only after the transaction has committed, by
 * {@link SequencerService} from the returned {@link SealedBlock}. Sealing stores the block's header and its
 * transactions ({@code nos_block_body}); its state and its transaction and log rows reach their tables later
 * ({@link org.nos.ejb.state.StateWriter}), and {@link #loadHead} executes again the blocks whose state and rows had
 * not.
 */
@Stateless
public class BlockSealer {
    private static final Logger LOG = Logger.getLogger(BlockSealer.class.getName());

    @Inject
    BlockRepository blocks;

    @Inject
    TransactionRepository transactions;

    @Inject
    StateRepository stateTables;

    @Inject
    ChainHead chainHead;

    @Inject
    HeadState headState;

    @Inject
    TrieNodes trieNodes;

    @Inject
    PoolHolder pool;

    @Inject
    StateWriter stateWriter;

    @Inject
    StateBacklog stateBacklog;

    @Inject
    ChainRules rules;

    @Inject
    NodeSettings settings;

    /**
     * Stores the genesis block and its state unless the database already holds a chain; returns the stored genesis.
     * A chain stored before state tables existed gets its genesis state written now.
     */
    public ChainBlock createGenesisIfAbsent() {
        Optional<BlockEntity> stored = blocks.findByNumber(0);
        if (stored.isPresent()) {
            ChainBlock genesis = ChainBlock.fromHeaderRlp(stored.get().getHeaderRlp());
            if (stateTables.trieNode(genesis.header().stateRoot()) == null) {
                GenesisConfig config = GenesisConfig.devnet(settings.chainId(), genesis.timestamp(), genesis.header().gasLimit());
                writeGenesisState(config, genesis.header().stateRoot());
                LOG.info("Wrote the genesis state of a chain stored without state tables");
            }
            return genesis;
        }
        long timestamp = settings.genesisTimestamp() > 0 ? settings.genesisTimestamp() : Instant.now().getEpochSecond();
        GenesisConfig config = GenesisConfig.devnet(settings.chainId(), timestamp, settings.gasLimit());
        BlockHeader header = GenesisBlock.header(config);
        ChainBlock genesis = ChainBlock.of(header);
        writeGenesisState(config, header.stateRoot());
        blocks.insert(0, genesis.hash().toArray(), header.parentHash().toArray(), header.timestamp(), header.encode(),
                genesis.size());
        LOG.info(() -> "Created genesis block " + genesis.hash() + " (chain id " + settings.chainId()
                + ", timestamp " + timestamp + ", state root " + genesis.header().stateRoot() + ")");
        return genesis;
    }

    private void writeGenesisState(GenesisConfig config, Hash expectedRoot) {
        StateChanges changes = genesisChanges(config);
        BlockNodes nodes = trieNodes.newBlock();
        StateRoots.Result roots = StateRoots.apply(Hash.EMPTY_TRIE, InMemoryStateStore.empty(), changes, nodes);
        if (!roots.stateRoot().equals(expectedRoot)) {
            throw new IllegalStateException("genesis state root " + roots.stateRoot() + " is not the header's " + expectedRoot);
        }
        stateWriter.write(List.of(BlockStateWrite.stateOnly(0, changes, roots.storageRoots(), nodes.created())));
    }

    /** The allocation as one set of state changes. */
    static StateChanges genesisChanges(GenesisConfig config) {
        TreeMap<Address, StateChanges.AccountChange> accounts = new TreeMap<>();
        for (Map.Entry<Address, GenesisAccount> e : config.alloc().entrySet()) {
            GenesisAccount a = e.getValue();
            TreeMap<Word, Word> storage = new TreeMap<>();
            a.storage().forEach((slot, value) -> {
                if (!value.equals(Hash.ZERO)) storage.put(Word.fromHash(slot), Word.fromHash(value));
            });
            Hash codeHash = a.code().isEmpty() ? Hash.EMPTY_CODE : Hash.wrap(Keccak256.hash(a.code().toArray()));
            accounts.put(e.getKey(), new StateChanges.AccountChange(e.getKey(), false, a.nonce(), a.balance(), codeHash,
                    a.code().isEmpty() ? null : a.code(), false, storage));
        }
        return new StateChanges(accounts);
    }

    /**
     * Loads genesis, the stored head, the most recent blocks and the head state into memory. Blocks sealed after the
     * state tables were last written (a crash before their state was) are executed again, checked against their
     * state roots, and their state and their transaction and log rows written now.
     */
    public ChainBlock loadHead() {
        BlockEntity genesisRow = blocks.findByNumber(0).orElseThrow(() -> new IllegalStateException("no genesis block stored"));
        ChainBlock genesis = ChainBlock.fromStored(genesisRow.getHeaderRlp(), genesisRow.getSize());
        BlockEntity headRow = blocks.findHead().orElseThrow();
        ChainBlock head = ChainBlock.fromStored(headRow.getHeaderRlp(), headRow.getSize());
        OptionalLong written = stateTables.writtenThrough();
        if (written.isEmpty()) stateTables.markWrittenThrough(head.number()); // tables written with each block
        long stateBlock = written.orElse(head.number());
        BlockHeader stateHeader = stateBlock == head.number() ? head.header() : storedHeader(stateBlock);
        headState.reset(stateBlock, stateHeader.stateRoot(), stateTables.loadAccounts());
        stateTables.loadStorage(headState::putSlot);
        stateTables.loadCode(headState::putCode);
        stateBacklog.clear();
        for (long n = stateBlock + 1; n <= head.number(); n++) reexecute(n);
        if (stateBlock < head.number()) {
            LOG.info("Executed blocks #" + (stateBlock + 1) + " to #" + head.number()
                    + " again: their state and transaction rows had not been written");
        }
        chainHead.reset(genesis, head);
        long from = Math.max(0, head.number() - 255);
        blocks.findRange(from, head.number()).forEach(row -> chainHead.remember(ChainBlock.fromStored(row.getHeaderRlp(), row.getSize())));
        LOG.info(() -> "Chain loaded: head #" + head.number() + " " + head.hash() + ", genesis " + genesis.hash());
        return head;
    }

    /**
     * Executes stored block {@code number} on the head state (its parent's), writes its state and its transaction
     * and log rows (replacing any an earlier version wrote when it sealed), and applies its state.
     */
    private void reexecute(long number) {
        BlockHeader parent = storedHeader(number - 1);
        BlockEntity row = blocks.findByNumber(number)
                .orElseThrow(() -> new IllegalStateException("block #" + number + " is not stored"));
        BlockHeader header = BlockHeader.decode(row.getHeaderRlp());
        List<Transaction> txs = blocks.findBody(number).map(BlockBody::decode)
                .orElseGet(() -> transactions.byBlock(number).stream().map(tx -> Transaction.decode(tx.raw())).toList());
        Block block = new Block(header, txs, List.of(), header.withdrawalsRoot() == null ? null : List.of());
        BlockOverlay overlay = new BlockOverlay(headState);
        BlockNodes nodes = trieNodes.newBlock();
        StateRoots.Result[] roots = new StateRoots.Result[1];
        BlockResult result;
        try {
            result = rules.executor().importBlock(parent, WorldState.over(overlay), block, this::ancestorHash, () -> {
                roots[0] = StateRoots.apply(parent.stateRoot(), headState, overlay.changes(), nodes);
                return roots[0].stateRoot();
            });
        } catch (InvalidBlockException e) {
            throw new IllegalStateException("stored block #" + number + " does not execute to its header again: " + e.getMessage(), e);
        }
        Map<Address, Hash> storageRoots = roots[0] == null ? Map.of() : roots[0].storageRoots();
        BlockRows rows = BlockRows.of(ChainBlock.fromStored(row.getHeaderRlp(), row.getSize()), result);
        transactions.deleteBlock(number);
        stateWriter.write(List.of(new BlockStateWrite(number, overlay.changes(), storageRoots, nodes.created(),
                rows.rows(), rows.logRows())));
        trieNodes.written(nodes.created());
        headState.apply(number, header.stateRoot(), overlay.changes(), storageRoots);
    }

    private BlockHeader storedHeader(long number) {
        return BlockHeader.decode(blocks.findByNumber(number)
                .orElseThrow(() -> new IllegalStateException("block #" + number + " is not stored")).getHeaderRlp());
    }

    /**
     * Builds and stores the block after the head: the best pending transactions that fit, executed on the head
     * state through an overlay; its header and its transactions in this one transaction. Memory, the state tables
     * and the transaction and log rows ({@link org.nos.ejb.state.StateWriter}) and the pool's rows are left to the
     * caller, after the commit.
     */
    public SealedBlock sealNextBlock() {
        long started = System.nanoTime();
        ChainBlock parentBlock = chainHead.head();
        BlockHeader parent = parentBlock.header();
        if (headState.blockNumber() != parent.number()) {
            throw new IllegalStateException("head state is at #" + headState.blockNumber() + ", head at #" + parent.number());
        }
        Wei baseFee = rules.executor().nextBaseFee(parent);
        long gasLimit = settings.gasLimit();
        TransactionCandidates candidates = pool.isLoaded() ? pool.pool().candidates(baseFee)
                : TransactionCandidates.inOrder(List.of());
        BlockOverlay overlay = new BlockOverlay(headState);
        BlockNodes nodes = trieNodes.newBlock();
        StateRoots.Result[] roots = new StateRoots.Result[1];
        BlockAttributes attributes = attributesAfter(parent, settings.blockTimeSeconds(), gasLimit);
        BlockResult result = rules.executor().build(parent, WorldState.over(overlay), attributes, List.of(), candidates,
                this::ancestorHash, () -> {
                    roots[0] = StateRoots.apply(parent.stateRoot(), headState, overlay.changes(), nodes);
                    return roots[0].stateRoot();
                });
        Block block = result.block();
        ChainBlock sealed = ChainBlock.of(block);
        long stored = System.nanoTime();
        BlockHeader header = block.header();
        BlockRows rows = BlockRows.of(sealed, result);
        List<Hash> invalid = new ArrayList<>();
        for (BlockResult.Skipped skipped : result.skipped()) {
            if (isInvalid(skipped.reason())) {
                invalid.add(skipped.transaction().hash());
                LOG.info(() -> "Dropped transaction " + skipped.transaction().hash() + ": " + skipped.reason());
            }
        }

        blocks.insert(header.number(), sealed.hash().toArray(), header.parentHash().toArray(), header.timestamp(),
                header.encode(), sealed.size());
        if (!block.transactions().isEmpty()) blocks.insertBody(header.number(), BlockBody.encode(block.transactions()));
        StateChanges changes = overlay.changes();
        Map<Address, Hash> storageRoots = roots[0] == null ? Map.of() : roots[0].storageRoots();
        BlockStateWrite write = new BlockStateWrite(header.number(), changes, storageRoots, nodes.created(), rows.rows(),
                rows.logRows());
        return new SealedBlock(sealed, write, block.transactions(), invalid, rows.transactions(), rows.receipts(),
                stored - started, System.nanoTime() - stored);
    }

    /** Whether a transaction the builder skipped can never be included as it is (else it waits in the pool). */
    static boolean isInvalid(String reason) {
        return !(reason.startsWith("nonce too high") || reason.startsWith("gas limit") || reason.startsWith("blob gas")
                || reason.startsWith("max fee per gas below the base fee"));
    }

    private Hash ancestorHash(long number) {
        ChainBlock b = chainHead.recent(number);
        if (b != null) return b.hash();
        return blocks.findByNumber(number).map(row -> Hash.keccak(row.getHeaderRlp())).orElse(Hash.ZERO);
    }

    /**
     * What the sequencer puts into the block after {@code parent}: fees to the SequencerFeeVault, the exact
     * timestamp {@code parent + blockTime}, no randao, extra data, beacon root or withdrawals yet (no L1 origin).
     */
    static BlockAttributes attributesAfter(BlockHeader parent, int blockTime, long gasLimit) {
        return new BlockAttributes(GenesisBlock.SEQUENCER_FEE_VAULT, parent.timestamp() + blockTime, Hash.ZERO,
                gasLimit, Bytes.EMPTY, Hash.ZERO, List.of());
    }
}
