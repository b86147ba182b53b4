package org.nos.jpa.block;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes {@link BlockEntity} rows. Writes run inside the caller's JTA transaction (an EJB's);
 * reads also work without one.
 */
@ApplicationScoped
public class BlockRepository {

    @PersistenceContext(unitName = "nos")
    EntityManager em;

    public void persist(BlockEntity block) {
        em.persist(block);
    }

    public Optional<BlockEntity> findByNumber(long number) {
        return Optional.ofNullable(em.find(BlockEntity.class, number));
    }

    public Optional<BlockEntity> findByHash(byte[] hash) {
        return em.createQuery("select b from BlockEntity b where b.hash = :hash", BlockEntity.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    /** The block with the highest number, if any block is stored. */
    public Optional<BlockEntity> findHead() {
        return em.createQuery("select b from BlockEntity b order by b.number desc", BlockEntity.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Blocks {@code from..to} inclusive, by ascending number. */
    public List<BlockEntity> findRange(long from, long to) {
        return em.createQuery("select b from BlockEntity b where b.number between :from and :to order by b.number",
                        BlockEntity.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
