package org.nos.jpa.tx;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nos.jpa.jdbc.Database;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;

/** Sealed transactions, receipts and logs: batched inserts per block, reads by hash, block and log filter. */
@ApplicationScoped
public class TransactionRepository {
    private static final String TX_COLUMNS = "hash, block_number, tx_index, sender, raw, success, cumulative_gas, gas_used, "
            + "effective_gas_price, contract_address, deposit_nonce";
    private static final String LOG_COLUMNS = "block_number, log_index, block_hash, tx_hash, tx_index, address, topic_count, "
            + "topic0, topic1, topic2, topic3, data";

    @Inject
    Database db;

    /** Inserts a block's transactions and logs inside the caller's transaction. */
    public void insert(List<TransactionRow> txs, List<LogRow> logs) {
        if (txs.isEmpty() && logs.isEmpty()) return;
        try (Connection c = db.connection();
                PreparedStatement t = c.prepareStatement("insert into nos_tx (" + TX_COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?)");
                PreparedStatement l = c.prepareStatement("insert into nos_log (" + LOG_COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (TransactionRow r : txs) {
                t.setBytes(1, r.hash().unsafeArray());
                t.setLong(2, r.blockNumber());
                t.setInt(3, r.index());
                t.setBytes(4, r.sender().unsafeArray());
                t.setBytes(5, r.raw());
                t.setBoolean(6, r.success());
                t.setLong(7, r.cumulativeGasUsed());
                t.setLong(8, r.gasUsed());
                t.setBytes(9, r.effectiveGasPrice().toBigInteger().toByteArray());
                if (r.contractAddress() == null) t.setNull(10, Types.VARBINARY);
                else t.setBytes(10, r.contractAddress().unsafeArray());
                if (r.depositNonce() == null) t.setNull(11, Types.BIGINT);
                else t.setLong(11, r.depositNonce());
                t.addBatch();
            }
            if (!txs.isEmpty()) t.executeBatch();
            for (LogRow r : logs) {
                l.setLong(1, r.blockNumber());
                l.setInt(2, r.logIndex());
                l.setBytes(3, r.blockHash().unsafeArray());
                l.setBytes(4, r.transactionHash().unsafeArray());
                l.setInt(5, r.transactionIndex());
                l.setBytes(6, r.address().unsafeArray());
                l.setInt(7, r.topics().size());
                for (int i = 0; i < 4; i++) {
                    if (i < r.topics().size()) l.setBytes(8 + i, r.topics().get(i).unsafeArray());
                    else l.setNull(8 + i, Types.VARBINARY);
                }
                l.setBytes(12, r.data().unsafeArray());
                l.addBatch();
            }
            if (!logs.isEmpty()) l.executeBatch();
        } catch (SQLException e) {
            throw Database.failure("cannot store the block's transactions", e);
        }
    }

    /** Deletes a block's transaction and log rows, so that they can be written again. */
    public void deleteBlock(long blockNumber) {
        try (Connection c = db.connection();
                PreparedStatement t = c.prepareStatement("delete from nos_tx where block_number = ?");
                PreparedStatement l = c.prepareStatement("delete from nos_log where block_number = ?")) {
            t.setLong(1, blockNumber);
            t.executeUpdate();
            l.setLong(1, blockNumber);
            l.executeUpdate();
        } catch (SQLException e) {
            throw Database.failure("cannot delete the transactions of block " + blockNumber, e);
        }
    }

    public Optional<TransactionRow> byHash(Hash hash) {
        List<TransactionRow> rows = select("where hash = ?", ps -> ps.setBytes(1, hash.unsafeArray()));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Drops the log indexes by address and topic that databases written by earlier versions still have: eth_getLogs
     * no longer uses them, and each costs every sealed log a B-tree insert.
     */
    public void dropUnusedLogIndexes() {
        try (Connection c = db.connection(); java.sql.Statement st = c.createStatement()) {
            for (String index : List.of("nos_log_address", "nos_log_topic0", "nos_log_topic1", "nos_log_topic2", "nos_log_topic3")) {
                st.execute("drop index if exists " + index);
            }
        } catch (SQLException e) {
            throw Database.failure("cannot drop the unused log indexes", e);
        }
    }

    /** A block's transactions by index. */
    public List<TransactionRow> byBlock(long blockNumber) {
        return select("where block_number = ? order by tx_index", ps -> ps.setLong(1, blockNumber));
    }

    /** The logs of one block, by log index. */
    public List<LogRow> logsOfBlock(long blockNumber) {
        return logs("where block_number = ? order by log_index", List.of(blockNumber), Integer.MAX_VALUE);
    }

    /**
     * Logs in {@code [from, to]} matching any of {@code addresses} (empty = any) and, per position, any of the
     * topics (empty = any), with a topic at every position the filter has (geth's rule); at most {@code limit} rows,
     * by block and log index.
     */
    public List<LogRow> logs(long from, long to, List<Address> addresses, List<List<Hash>> topics, int limit) {
        StringBuilder where = new StringBuilder("where block_number between ? and ?");
        List<Object> args = new ArrayList<>(List.of(from, to));
        if (!addresses.isEmpty()) {
            where.append(" and address in (").append(String.join(",", java.util.Collections.nCopies(addresses.size(), "?"))).append(")");
            for (Address a : addresses) args.add(a.unsafeArray());
        }
        if (!topics.isEmpty()) {
            where.append(" and topic_count >= ?");
            args.add((long) topics.size());
        }
        for (int i = 0; i < topics.size() && i < 4; i++) {
            List<Hash> set = topics.get(i);
            if (set == null || set.isEmpty()) continue;
            where.append(" and topic").append(i).append(" in (")
                    .append(String.join(",", java.util.Collections.nCopies(set.size(), "?"))).append(")");
            for (Hash h : set) args.add(h.unsafeArray());
        }
        where.append(" order by block_number, log_index");
        return logs(where.toString(), args, limit);
    }

    private List<LogRow> logs(String where, List<Object> args, int limit) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("select " + LOG_COLUMNS + " from nos_log " + where)) {
            for (int i = 0; i < args.size(); i++) {
                Object a = args.get(i);
                if (a instanceof Long n) ps.setLong(i + 1, n);
                else ps.setBytes(i + 1, (byte[]) a);
            }
            if (limit < Integer.MAX_VALUE) ps.setMaxRows(limit);
            List<LogRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int count = rs.getInt(7);
                    List<Hash> topicList = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) topicList.add(Hash.of(rs.getBytes(8 + i)));
                    out.add(new LogRow(rs.getLong(1), rs.getInt(2), Hash.of(rs.getBytes(3)), Hash.of(rs.getBytes(4)),
                            rs.getInt(5), Address.of(rs.getBytes(6)), topicList, Bytes.wrap(rs.getBytes(12))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Database.failure("cannot read logs", e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<TransactionRow> select(String where, Binder binder) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("select " + TX_COLUMNS + " from nos_tx " + where)) {
            binder.bind(ps);
            List<TransactionRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] contract = rs.getBytes(10);
                    long depositNonce = rs.getLong(11);
                    Long deposit = rs.wasNull() ? null : depositNonce;
                    out.add(new TransactionRow(Hash.of(rs.getBytes(1)), rs.getLong(2), rs.getInt(3), Address.of(rs.getBytes(4)),
                            rs.getBytes(5), rs.getBoolean(6), rs.getLong(7), rs.getLong(8),
                            Wei.of(new BigInteger(1, rs.getBytes(9))), contract == null ? null : Address.of(contract), deposit));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Database.failure("cannot read transactions", e);
        }
    }
}
