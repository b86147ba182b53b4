package org.nos.ejb.chain;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.nos.ejb.sequencer.BlockSealer;
import org.nos.ejb.txpool.PoolHolder;
import org.nos.jpa.jdbc.Database;
import org.nos.jpa.tx.TransactionRepository;

/** At deployment: creates the genesis block on a new chain, then loads the stored head and head state, then restores the transaction pool. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainBootstrap {

    @EJB
    BlockSealer sealer;

    @Inject
    PoolHolder pool;

    @Inject
    Database database;

    @Inject
    TransactionRepository transactions;

    @PostConstruct
    void loadChain() {
        database.requireDurableCommits();
        transactions.dropUnusedLogIndexes();
        sealer.createGenesisIfAbsent();
        sealer.loadHead();
        pool.restore();
    }
}
