package org.nos.protocol.trie;

import java.util.Random;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.state.AccountState;

/**
 * Prints how long state roots take: building a secure trie of N accounts, then re-rooting after touching 200
 * of them (a busy block). Run from the test class path: {@code java ... org.nos.protocol.trie.TrieBenchmark [n]}.
 */
public final class TrieBenchmark {
    private TrieBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        for (int round = 0; round < 3; round++) {
            Random random = new Random(round);
            InMemoryTrieNodeStore store = new InMemoryTrieNodeStore();
            SecureTrie trie = SecureTrie.empty(store);
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                byte[] address = new byte[20];
                random.nextBytes(address);
                trie.put(address, new AccountState(i, Wei.of(i), Hash.EMPTY_TRIE, Hash.EMPTY_CODE).encode());
            }
            Hash root = trie.rootHash();
            long built = System.nanoTime();
            trie.commit();
            long committed = System.nanoTime();
            Random touch = new Random(round);
            for (int i = 0; i < 200; i++) {
                byte[] address = new byte[20];
                touch.nextBytes(address);
                trie.put(address, new AccountState(i + 1, Wei.of(i), Hash.EMPTY_TRIE, Hash.EMPTY_CODE).encode());
            }
            Hash updated = trie.rootHash();
            long rerooted = System.nanoTime();
            System.out.printf("%,d accounts: build + root %.0f ms (%s), commit %.0f ms (%,d nodes), "
                    + "200 updates + root %.2f ms (%s)%n", n, (built - start) / 1e6, root.toHex().substring(0, 10),
                    (committed - built) / 1e6, store.size(), (rerooted - committed) / 1e6,
                    updated.toHex().substring(0, 10));
        }
    }
}
