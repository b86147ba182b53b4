package org.nos.ejb.chain;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.nos.ejb.sequencer.BlockSealer;

/** At deployment: creates the genesis block on a new chain, then loads the stored head into {@link ChainHead}. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainBootstrap {

    @EJB
    BlockSealer sealer;

    @PostConstruct
    void loadChain() {
        sealer.createGenesisIfAbsent();
        sealer.loadHead();
    }
}
