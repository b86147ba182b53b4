package org.nos.ejb.txpool;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.nos.ejb.chain.ChainHead;
import org.nos.ejb.config.NodeSettings;
import org.nos.ejb.state.HeadAccounts;
import org.nos.ejb.state.HeadState;
import org.nos.jpa.txpool.PoolRepository;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.chain.Eip1559;
import org.nos.protocol.chain.Eip1559Params;
import org.nos.rollup.txpool.RestoreResult;
import org.nos.rollup.txpool.TransactionPool;

/** The one in-memory {@link TransactionPool} of the node and its persistent store; created and restored at start. */
@ApplicationScoped
public class PoolHolder {
    private static final Logger LOG = Logger.getLogger(PoolHolder.class.getName());

    @Inject
    NodeSettings settings;

    @Inject
    PoolRepository repository;

    @EJB
    PoolWriter writer;

    @Inject
    HeadState headState;

    @Inject
    ChainHead chainHead;

    private volatile TransactionPool pool;
    private volatile PersistentPoolStore store;

    /** Creates the pool and re-admits the stored transactions against the head state. */
    public synchronized void restore() {
        if (store != null) store.close();
        store = new PersistentPoolStore(repository, settings.txpoolJournalDir(), writer::store);
        var head = chainHead.head().header();
        Wei nextBaseFee = Eip1559.nextBaseFee(head.gasUsed(), head.gasLimit(), Wei.of(head.baseFeePerGas()), Eip1559Params.OP_STACK);
        TransactionPool created = new TransactionPool(settings.poolConfig(), store, nextBaseFee);
        RestoreResult result = created.restore(accounts());
        pool = created;
        LOG.info(() -> "Transaction pool restored: " + result.restored() + " transactions, " + result.discarded().size()
                + " discarded");
    }

    @PreDestroy
    synchronized void close() {
        if (store != null) store.close();
    }

    public TransactionPool pool() {
        TransactionPool p = pool;
        if (p == null) throw new IllegalStateException("the transaction pool is not loaded yet");
        return p;
    }

    public boolean isLoaded() {
        return pool != null;
    }

    public HeadAccounts accounts() {
        return new HeadAccounts(headState);
    }

    /**
     * Brings the pool table up to date, each part in a transaction of its own: the rows accepted since the last call
     * (then their journal segments go), and the deletes of the transactions the pool let go of (included, replaced,
     * evicted, invalid). What fails is tried again next time; should the node stop first, the journal and the restore
     * take care of it.
     */
    public void writeRows() {
        if (store == null) return;
        store.flush();
        List<Hash> hashes = store.takeRemovals();
        if (hashes.isEmpty()) return;
        try {
            writer.delete(hashes);
        } catch (RuntimeException e) {
            store.restoreRemovals(hashes);
            throw e;
        }
    }
}
