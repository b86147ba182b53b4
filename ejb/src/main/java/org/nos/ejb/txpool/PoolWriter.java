package org.nos.ejb.txpool;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.nos.jpa.txpool.PoolRepository;
import org.nos.protocol.base.Hash;

/** The pool's rows, each change in a transaction of its own: one commit for a whole group of accepts or removals. */
@Stateless
public class PoolWriter {

    @Inject
    PoolRepository repository;

    /** Stores the rows; one already stored (a journal replayed after a crash) is overwritten. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(List<PoolRepository.Row> rows) {
        repository.upsert(rows);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void delete(List<Hash> hashes) {
        repository.delete(hashes);
    }
}
