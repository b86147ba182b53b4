package org.nos.ejb.txpool;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.nos.jpa.txpool.PoolRepository;

/** Stores a group of accepted transactions in a transaction of its own: one commit for the whole group. */
@Stateless
public class PoolWriter {

    @Inject
    PoolRepository repository;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void insert(List<PoolRepository.Row> rows) {
        repository.insert(rows);
    }
}
