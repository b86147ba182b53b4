package org.nos.jpa.txpool;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.nos.jpa.jdbc.Database;
import org.nos.protocol.base.Hash;

/** The persisted pool: batched upserts of accepted transactions, batched deletes, load in arrival order. */
@ApplicationScoped
public class PoolRepository {

    /** One accepted transaction: its EIP-2718 bytes under its hash, and its arrival number, which orders restores. */
    public record Row(Hash hash, long arrival, byte[] raw) {
    }

    @Inject
    Database db;

    /** Inserts the rows in the current transaction, overwriting a row with the same hash (a journal replayed twice). */
    public void upsert(List<Row> rows) {
        if (rows.isEmpty()) return;
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(db.upsert(c, "nos_pool_tx", new String[] {"hash"}, "hash", "arrival", "raw"))) {
            for (Row row : rows) {
                ps.setBytes(1, row.hash().unsafeArray());
                ps.setLong(2, row.arrival());
                ps.setBytes(3, row.raw());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Database.failure("cannot store the journal's transactions", e);
        }
    }

    public void delete(Collection<Hash> hashes) {
        if (hashes.isEmpty()) return;
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("delete from nos_pool_tx where hash = ?")) {
            for (Hash h : hashes) {
                ps.setBytes(1, h.unsafeArray());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Database.failure("cannot delete pool transactions", e);
        }
    }

    /** The stored raw transactions by arrival. */
    public List<byte[]> loadAll() {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("select raw from nos_pool_tx order by arrival");
                ResultSet rs = ps.executeQuery()) {
            List<byte[]> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getBytes(1));
            return out;
        } catch (SQLException e) {
            throw Database.failure("cannot load the pool", e);
        }
    }

    /** The highest arrival number stored, or -1. */
    public long maxArrival() {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("select max(arrival) from nos_pool_tx");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return -1;
            long v = rs.getLong(1);
            return rs.wasNull() ? -1 : v;
        } catch (SQLException e) {
            throw Database.failure("cannot read the pool", e);
        }
    }
}
