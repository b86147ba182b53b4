package org.nos.ejb.state;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.ChainQueries;
import org.nos.evm.Word;
import org.nos.evm.state.StateChanges;
import org.nos.evm.state.StateStore;
import org.nos.jpa.state.StateRepository;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.rlp.RlpReader;
import org.nos.protocol.state.AccountState;
import org.nos.protocol.trie.SecureTrie;

/**
 * Read-only state after a given block: the head from memory ({@link HeadState}), older blocks through the trie
 * at their state root ({@link TrieStateView} over the cached {@link TrieNodes}). No JTA.
 */
@ApplicationScoped
public class StateQueries {

    @Inject
    HeadState head;

    @Inject
    TrieNodes nodes;

    @Inject
    ChainQueries chain;

    @Inject
    StateRepository repository;

    /**
     * A read-only view of the state after block {@code blockNumber}; its {@code apply} throws.
     *
     * @throws IllegalArgumentException for a block that does not exist
     */
    public StateStore at(long blockNumber) {
        if (head.blockNumber() == blockNumber) return new ReadOnly(head);
        ChainBlock block = chain.byNumber(blockNumber)
                .orElseThrow(() -> new IllegalArgumentException("unknown block " + blockNumber));
        return new TrieStateView(nodes, block.header().stateRoot(), this::code);
    }

    /** The EIP-1186 proof of an account and some of its slots in the state after {@code blockNumber}. */
    public AccountProof proof(Address address, List<Hash> storageKeys, long blockNumber) {
        ChainBlock block = chain.byNumber(blockNumber)
                .orElseThrow(() -> new IllegalArgumentException("unknown block " + blockNumber));
        SecureTrie accounts = SecureTrie.open(nodes, block.header().stateRoot());
        byte[] rlp = accounts.get(address.toArray());
        AccountState account = rlp == null ? AccountState.EMPTY : AccountState.decode(rlp);
        List<Bytes> accountProof = accounts.proof(address.toArray());
        SecureTrie storage = SecureTrie.open(nodes, account.storageRoot());
        List<StorageProof> storageProofs = new ArrayList<>();
        for (Hash key : storageKeys) {
            byte[] value = storage.get(key.toArray());
            Word word = value == null ? Word.ZERO : Word.fromBytes(RlpReader.of(value).readBytes());
            storageProofs.add(new StorageProof(key, word, storage.proof(key.toArray())));
        }
        return new AccountProof(address, account.balance(), account.codeHash(), account.nonce(), account.storageRoot(),
                accountProof, storageProofs);
    }

    private Bytes code(Hash hash) {
        Bytes c = head.codeOrNull(hash);
        return c != null ? c : repository.code(hash);
    }

    /** The head state, read-only; a caller keeps the block it asked for only as long as no block is sealed. */
    private record ReadOnly(HeadState head) implements StateStore {
        @Override
        public AccountState account(Address address) {
            return head.account(address);
        }

        @Override
        public Word storage(Address address, Word slot) {
            return head.storage(address, slot);
        }

        @Override
        public Bytes code(Hash codeHash) {
            return head.code(codeHash);
        }

        @Override
        public void apply(StateChanges changes) {
            throw new UnsupportedOperationException("read-only state");
        }
    }
}
