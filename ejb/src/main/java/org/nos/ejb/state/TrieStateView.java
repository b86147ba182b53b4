package org.nos.ejb.state;

import java.util.function.Function;
import org.nos.evm.Word;
import org.nos.evm.state.StateChanges;
import org.nos.evm.state.StateStore;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.rlp.RlpReader;
import org.nos.protocol.state.AccountState;
import org.nos.protocol.trie.SecureTrie;
import org.nos.protocol.trie.TrieNodeStore;

/** The state at a state root, read through the trie nodes: historical blocks and proofs. Read-only. */
public final class TrieStateView implements StateStore {
    private final TrieNodeStore nodes;
    private final SecureTrie accounts;
    private final Function<Hash, Bytes> code;

    public TrieStateView(TrieNodeStore nodes, Hash stateRoot, Function<Hash, Bytes> code) {
        this.nodes = nodes;
        this.accounts = SecureTrie.open(nodes, stateRoot);
        this.code = code;
    }

    @Override
    public synchronized AccountState account(Address address) {
        byte[] rlp = accounts.get(address.toArray());
        return rlp == null ? null : AccountState.decode(rlp);
    }

    @Override
    public Word storage(Address address, Word slot) {
        AccountState account = account(address);
        if (account == null || account.storageRoot().equals(Hash.EMPTY_TRIE)) return Word.ZERO;
        byte[] rlp = SecureTrie.open(nodes, account.storageRoot()).get(slot.toBytes());
        if (rlp == null) return Word.ZERO;
        return Word.fromBytes(RlpReader.of(rlp).readBytes());
    }

    @Override
    public Bytes code(Hash codeHash) {
        if (codeHash.equals(Hash.EMPTY_CODE)) return Bytes.EMPTY;
        Bytes c = code.apply(codeHash);
        if (c == null) throw new IllegalStateException("unknown code hash " + codeHash);
        return c;
    }

    @Override
    public void apply(StateChanges changes) {
        throw new UnsupportedOperationException("historical state is read-only");
    }
}
