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

    @jakarta.inject.Inject
    org.nos.jpa.jdbc.Database db;

    public void persist(BlockEntity block) {
        em.persist(block);
    }

    /** Inserts a block row with plain JDBC in the caller's transaction, next to the block's other bulk rows. */
    public void insert(long number, byte[] hash, byte[] parentHash, long timestamp, byte[] headerRlp, int size) {
        try (java.sql.Connection c = db.connection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "insert into nos_block (number, hash, parent_hash, timestamp, header_rlp, sealed_at_millis, block_size)"
                        + " values (?,?,?,?,?,?,?)")) {
            ps.setLong(1, number);
            ps.setBytes(2, hash);
            ps.setBytes(3, parentHash);
            ps.setLong(4, timestamp);
            ps.setBytes(5, headerRlp);
            ps.setLong(6, System.currentTimeMillis());
            ps.setInt(7, size);
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw org.nos.jpa.jdbc.Database.failure("cannot store block " + number, e);
        }
    }

    /** Inserts a block's transactions ({@link BlockBodyEntity}) with plain JDBC in the caller's transaction. */
    public void insertBody(long number, byte[] transactions) {
        try (java.sql.Connection c = db.connection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "insert into nos_block_body (number, transactions) values (?,?)")) {
            ps.setLong(1, number);
            ps.setBytes(2, transactions);
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw org.nos.jpa.jdbc.Database.failure("cannot store the transactions of block " + number, e);
        }
    }

    /** A block's transactions as {@link #insertBody} stored them; empty for blocks sealed before bodies were. */
    public Optional<byte[]> findBody(long number) {
        try (java.sql.Connection c = db.connection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "select transactions from nos_block_body where number = ?")) {
            ps.setLong(1, number);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (java.sql.SQLException e) {
            throw org.nos.jpa.jdbc.Database.failure("cannot read the transactions of block " + number, e);
        }
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
