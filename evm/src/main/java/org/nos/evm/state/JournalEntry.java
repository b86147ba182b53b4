package org.nos.evm.state;

import org.nos.evm.Word;
import org.nos.protocol.base.Hash;

/** One undoable change to a {@link WorldState}. */
interface JournalEntry {
    void undo(WorldState state);

    record Nonce(Account account, long previous) implements JournalEntry {
        public void undo(WorldState state) {
            account.nonce = previous;
        }
    }

    record Balance(Account account, Word previous) implements JournalEntry {
        public void undo(WorldState state) {
            account.balance = previous;
        }
    }

    record Code(Account account, byte[] previous, Hash previousHash, boolean previousChanged) implements JournalEntry {
        public void undo(WorldState state) {
            account.code = previous;
            account.codeHash = previousHash;
            account.codeChanged = previousChanged;
        }
    }

    record Created(Account account, boolean previousExists, boolean previousCreated) implements JournalEntry {
        public void undo(WorldState state) {
            account.exists = previousExists;
            account.createdInTx = previousCreated;
        }
    }

    /** {@code previous} null: the slot had not been written this transaction. */
    record Storage(Account account, Word key, Word previous) implements JournalEntry {
        public void undo(WorldState state) {
            if (previous == null) account.current.remove(key);
            else account.current.put(key, previous);
        }
    }

    record Transient(Account account, Word key, Word previous) implements JournalEntry {
        public void undo(WorldState state) {
            if (previous == null) account.transientStorage.remove(key);
            else account.transientStorage.put(key, previous);
        }
    }

    record WarmAccount(Account account) implements JournalEntry {
        public void undo(WorldState state) {
            account.warm = false;
        }
    }

    record WarmSlot(Account account, Word key) implements JournalEntry {
        public void undo(WorldState state) {
            account.warmSlots.remove(key);
        }
    }

    record SelfDestruct(Account account, boolean previous) implements JournalEntry {
        public void undo(WorldState state) {
            account.selfDestructed = previous;
        }
    }

    record Touch(Account account) implements JournalEntry {
        public void undo(WorldState state) {
            account.touched = false;
        }
    }

    record Refund(long previous) implements JournalEntry {
        public void undo(WorldState state) {
            state.refund = previous;
        }
    }

    record LogAdded() implements JournalEntry {
        public void undo(WorldState state) {
            state.logs.remove(state.logs.size() - 1);
        }
    }
}
