package org.nos.ejb.chain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.nos.jpa.block.BlockEntity;
import org.nos.jpa.block.BlockRepository;
import org.nos.protocol.base.Hash;

/**
 * Read-only access to sealed blocks for JSON-RPC and other readers: the in-memory head first, the
 * database for older blocks. No transaction is started on this path.
 */
@ApplicationScoped
public class ChainQueries {

    @Inject
    ChainHead chainHead;

    @Inject
    BlockRepository blocks;

    public ChainBlock head() {
        return chainHead.head();
    }

    public ChainBlock genesis() {
        return chainHead.genesis();
    }

    public Optional<ChainBlock> byNumber(long number) {
        ChainBlock head = chainHead.head();
        if (number < 0 || number > head.number()) return Optional.empty();
        ChainBlock recent = chainHead.recent(number);
        if (recent != null) return Optional.of(recent);
        return blocks.findByNumber(number).map(ChainQueries::toBlock);
    }

    public Optional<ChainBlock> byHash(Hash hash) {
        ChainBlock head = chainHead.head();
        if (head.hash().equals(hash)) return Optional.of(head);
        return blocks.findByHash(hash.toArray())
                .filter(row -> row.getNumber() <= head.number())
                .map(ChainQueries::toBlock);
    }

    static ChainBlock toBlock(BlockEntity row) {
        return ChainBlock.fromHeaderRlp(row.getHeaderRlp());
    }
}
