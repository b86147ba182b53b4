package org.nos.ejb.sequencer;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.logging.Logger;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.ChainHead;
import org.nos.ejb.config.NodeSettings;
import org.nos.jpa.block.BlockEntity;
import org.nos.jpa.block.BlockRepository;
import org.nos.protocol.block.BlockHeader;
import org.nos.rollup.genesis.GenesisBlock;
import org.nos.rollup.genesis.GenesisConfig;

/**
 * Seals blocks. Each public method is one JTA transaction: a crash leaves a whole block or none of it.
 * {@link ChainHead} moves only after the transaction has committed.
 */
@Stateless
public class BlockSealer {
    private static final Logger LOG = Logger.getLogger(BlockSealer.class.getName());

    @Inject
    BlockRepository blocks;

    @Inject
    ChainHead chainHead;

    @Inject
    NodeSettings settings;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Stores the genesis block unless the database already holds a chain; returns the stored genesis. */
    public ChainBlock createGenesisIfAbsent() {
        return blocks.findByNumber(0).map(row -> ChainBlock.fromHeaderRlp(row.getHeaderRlp())).orElseGet(() -> {
            long timestamp = settings.genesisTimestamp() > 0
                    ? settings.genesisTimestamp()
                    : Instant.now().getEpochSecond();
            GenesisConfig config = GenesisConfig.devnet(settings.chainId(), timestamp, settings.gasLimit());
            ChainBlock genesis = ChainBlock.of(GenesisBlock.header(config));
            store(genesis);
            LOG.info(() -> "Created genesis block " + genesis.hash() + " (chain id " + settings.chainId()
                    + ", timestamp " + timestamp + ", state root " + genesis.header().stateRoot() + ")");
            return genesis;
        });
    }

    /** Loads genesis, the stored head and the most recent blocks into {@link ChainHead}. */
    public ChainBlock loadHead() {
        ChainBlock genesis = ChainBlock.fromHeaderRlp(blocks.findByNumber(0).orElseThrow(
                () -> new IllegalStateException("no genesis block stored")).getHeaderRlp());
        ChainBlock head = ChainBlock.fromHeaderRlp(blocks.findHead().orElseThrow().getHeaderRlp());
        chainHead.reset(genesis, head);
        long from = Math.max(0, head.number() - 255);
        blocks.findRange(from, head.number()).forEach(row -> chainHead.remember(ChainBlock.fromHeaderRlp(row.getHeaderRlp())));
        LOG.info(() -> "Chain loaded: head #" + head.number() + " " + head.hash() + ", genesis " + genesis.hash());
        return head;
    }

    /** Seals the block after the stored head, with timestamp = head timestamp + block time. */
    public ChainBlock sealNextBlock() {
        BlockEntity parentRow = blocks.findHead().orElseThrow(() -> new IllegalStateException("no genesis block stored"));
        BlockHeader parent = BlockHeader.decode(parentRow.getHeaderRlp());
        BlockBuilder builder = new BlockBuilder(settings.gasLimit(), settings.blockTimeSeconds());
        ChainBlock block = ChainBlock.of(builder.emptyBlock(parent));
        store(block);
        transactions.registerInterposedSynchronization(new AdvanceHeadAfterCommit(chainHead, block));
        return block;
    }

    private void store(ChainBlock block) {
        BlockHeader h = block.header();
        blocks.persist(new BlockEntity(h.number(), block.hash().toArray(), h.parentHash().toArray(), h.timestamp(),
                h.encode(), System.currentTimeMillis()));
    }

    private record AdvanceHeadAfterCommit(ChainHead chainHead, ChainBlock block) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) chainHead.advance(block);
        }
    }
}
