package org.nos.jpa.state;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import org.nos.evm.Word;
import org.nos.evm.state.StateChanges;
import org.nos.jpa.jdbc.Database;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.state.AccountState;

/** The flat state tables (accounts, storage slots, code) and the trie nodes, in plain JDBC batches. */
@ApplicationScoped
public class StateRepository {
    private static final String[] ADDRESS = {"address"};

    @Inject
    Database db;

    /** Every account of the head state. */
    public Map<Address, AccountState> loadAccounts() {
        Map<Address, AccountState> out = new HashMap<>();
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("select address, nonce, balance, code_hash, storage_root from nos_account");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(Address.of(rs.getBytes(1)), new AccountState(rs.getLong(2), Wei.of(new java.math.BigInteger(1, rs.getBytes(3))),
                        Hash.of(rs.getBytes(5)), Hash.of(rs.getBytes(4))));
            }
            return out;
        } catch (SQLException e) {
            throw Database.failure("cannot load accounts", e);
        }
    }

    /** Every storage slot of the head state. */
    public void loadStorage(StorageSink sink) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("select address, slot, slot_value from nos_storage");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sink.slot(Address.of(rs.getBytes(1)), Word.fromBytes(rs.getBytes(2)), Word.fromBytes(rs.getBytes(3)));
            }
        } catch (SQLException e) {
            throw Database.failure("cannot load storage", e);
        }
    }

    /** Receives stored slots. */
    @FunctionalInterface
    public interface StorageSink {
        void slot(Address address, Word slot, Word value);
    }

    /** Every stored code by hash. */
    public void loadCode(BiConsumer<Hash, Bytes> sink) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("select hash, code from nos_code");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) sink.accept(Hash.of(rs.getBytes(1)), Bytes.wrap(rs.getBytes(2)));
        } catch (SQLException e) {
            throw Database.failure("cannot load code", e);
        }
    }

    /** The code with this hash, or null. */
    public Bytes code(Hash hash) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("select code from nos_code where hash = ?")) {
            ps.setBytes(1, hash.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Bytes.wrap(rs.getBytes(1)) : null;
            }
        } catch (SQLException e) {
            throw Database.failure("cannot read code", e);
        }
    }

    /**
     * Writes one block's state changes into the flat tables, inside the caller's transaction.
     *
     * @param storageRoots the new storage root of every changed account that still exists
     */
    public void write(StateChanges changes, Map<Address, Hash> storageRoots) {
        if (changes.accounts().isEmpty()) return;
        try (Connection c = db.connection();
                PreparedStatement deleteAccount = c.prepareStatement("delete from nos_account where address = ?");
                PreparedStatement clearStorage = c.prepareStatement("delete from nos_storage where address = ?");
                PreparedStatement deleteSlot = c.prepareStatement("delete from nos_storage where address = ? and slot = ?");
                PreparedStatement upsertAccount = c.prepareStatement(db.upsert(c, "nos_account", ADDRESS,
                        "address", "nonce", "balance", "code_hash", "storage_root"));
                PreparedStatement upsertSlot = c.prepareStatement(db.upsert(c, "nos_storage",
                        new String[] {"address", "slot"}, "address", "slot", "slot_value"));
                PreparedStatement upsertCode = c.prepareStatement(db.upsert(c, "nos_code", new String[] {"hash"},
                        "hash", "code"))) {
            int clears = 0, deletes = 0, slotDeletes = 0, accounts = 0, slots = 0, codes = 0;
            for (StateChanges.AccountChange change : changes.accounts().values()) {
                byte[] address = change.address().toArray();
                if (change.deleted() || change.storageCleared()) {
                    clearStorage.setBytes(1, address);
                    clearStorage.addBatch();
                    clears++;
                }
                if (change.deleted()) {
                    deleteAccount.setBytes(1, address);
                    deleteAccount.addBatch();
                    deletes++;
                    continue;
                }
                upsertAccount.setBytes(1, address);
                upsertAccount.setLong(2, change.nonce());
                upsertAccount.setBytes(3, change.balance().toBigInteger().toByteArray());
                upsertAccount.setBytes(4, change.codeHash().toArray());
                upsertAccount.setBytes(5, storageRoots.getOrDefault(change.address(), Hash.EMPTY_TRIE).toArray());
                upsertAccount.addBatch();
                accounts++;
                if (change.code() != null && !change.code().isEmpty()) {
                    upsertCode.setBytes(1, change.codeHash().toArray());
                    upsertCode.setBytes(2, change.code().toArray());
                    upsertCode.addBatch();
                    codes++;
                }
                for (Map.Entry<Word, Word> slot : change.storage().entrySet()) {
                    if (slot.getValue().isZero()) {
                        if (change.storageCleared()) continue;
                        deleteSlot.setBytes(1, address);
                        deleteSlot.setBytes(2, slot.getKey().toBytes());
                        deleteSlot.addBatch();
                        slotDeletes++;
                    } else {
                        upsertSlot.setBytes(1, address);
                        upsertSlot.setBytes(2, slot.getKey().toBytes());
                        upsertSlot.setBytes(3, slot.getValue().toBytes());
                        upsertSlot.addBatch();
                        slots++;
                    }
                }
            }
            if (clears > 0) clearStorage.executeBatch();
            if (deletes > 0) deleteAccount.executeBatch();
            if (slotDeletes > 0) deleteSlot.executeBatch();
            if (accounts > 0) upsertAccount.executeBatch();
            if (slots > 0) upsertSlot.executeBatch();
            if (codes > 0) upsertCode.executeBatch();
        } catch (SQLException e) {
            throw Database.failure("cannot write state changes", e);
        }
    }

    /**
     * The block whose post-state the flat tables and the trie nodes hold; empty for a database written before
     * this was recorded, whose tables hold the head's state.
     */
    public OptionalLong writtenThrough() {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("select block_number from nos_state_progress where id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
        } catch (SQLException e) {
            throw Database.failure("cannot read how far the state is written", e);
        }
    }

    /** Records that the tables now hold the post-state of {@code blockNumber}, inside the caller's transaction. */
    public void markWrittenThrough(long blockNumber) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(db.upsert(c, "nos_state_progress", new String[] {"id"}, "id", "block_number"))) {
            ps.setInt(1, 1);
            ps.setLong(2, blockNumber);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Database.failure("cannot record how far the state is written", e);
        }
    }

    /** The RLP of a trie node, or null. */
    public byte[] trieNode(Hash hash) {
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement("select rlp from nos_trie_node where hash = ?")) {
            ps.setBytes(1, hash.unsafeArray());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw Database.failure("cannot read trie node", e);
        }
    }

    /** Stores trie nodes (content-addressed: a node already present is left as it is). */
    public void writeTrieNodes(Collection<Map.Entry<Hash, byte[]>> nodes) {
        if (nodes.isEmpty()) return;
        try (Connection c = db.connection();
                PreparedStatement ps = c.prepareStatement(db.upsert(c, "nos_trie_node", new String[] {"hash"}, "hash", "rlp"))) {
            for (Map.Entry<Hash, byte[]> node : nodes) {
                ps.setBytes(1, node.getKey().unsafeArray());
                ps.setBytes(2, node.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Database.failure("cannot write trie nodes", e);
        }
    }
}
