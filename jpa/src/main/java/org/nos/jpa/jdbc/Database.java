package org.nos.jpa.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The NOS datasource for bulk rows written and read with plain JDBC (batched inserts of whole blocks). Inside a
 * JTA transaction the connection is enlisted in it, so these rows commit or roll back with the JPA ones.
 */
@ApplicationScoped
public class Database {

    @Resource(lookup = "java:jboss/datasources/NosDS")
    DataSource dataSource;

    private volatile Boolean postgres;

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /**
     * An insert that overwrites the row with the same key: H2's {@code MERGE ... KEY}, PostgreSQL's
     * {@code ON CONFLICT ... DO UPDATE}. {@code keys} are the first columns of {@code columns}.
     */
    public String upsert(Connection c, String table, String[] keys, String... columns) throws SQLException {
        String cols = String.join(", ", columns);
        String marks = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
        if (isPostgres(c)) {
            StringBuilder set = new StringBuilder();
            for (int i = keys.length; i < columns.length; i++) {
                if (set.length() > 0) set.append(", ");
                set.append(columns[i]).append(" = excluded.").append(columns[i]);
            }
            return "insert into " + table + " (" + cols + ") values (" + marks + ") on conflict (" + String.join(", ", keys)
                    + ") do " + (set.length() == 0 ? "nothing" : "update set " + set);
        }
        return "merge into " + table + " (" + cols + ") key (" + String.join(", ", keys) + ") values (" + marks + ")";
    }

    /**
     * Makes every commit reach the database file before it returns. H2 otherwise writes committed changes in the
     * background up to {@code WRITE_DELAY} (500 ms) later, so a killed JVM loses transactions it reported committed:
     * accepted pool transactions, sealed blocks. {@code WRITE_DELAY} is persistent in the database; PostgreSQL commits
     * durably already.
     */
    public void requireDurableCommits() {
        try (Connection c = connection()) {
            if (!"H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) return;
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("SET WRITE_DELAY 0");
            }
        } catch (SQLException e) {
            throw failure("cannot make commits durable", e);
        }
    }

    private boolean isPostgres(Connection c) throws SQLException {
        Boolean p = postgres;
        if (p == null) {
            p = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            postgres = p;
        }
        return p;
    }

    /** Wraps a checked SQL failure. */
    public static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(what + ": " + e.getMessage(), e);
    }
}
