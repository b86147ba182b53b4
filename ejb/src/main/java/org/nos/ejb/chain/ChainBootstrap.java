package org.nos.ejb.chain;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.nos.ejb.sequencer.BlockSealer;

/** At deployment: creates the genesis block on a new chain, then loads the stored head and head state, then restores the transaction pool. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainBootstrap {

    @EJB
    BlockSealer sealer;

    @jakarta.inject.Inject
    org.nos.ejb.txpool.PoolHolder pool;

    @jakarta.inject.Inject
    org.nos.jpa.jdbc.Database database;

    @PostConstruct
    void loadChain() {
        database.requireDurableCommits();
        sealer.createGenesisIfAbsent();
        sealer.loadHead();
        pool.restore();
    }
}
