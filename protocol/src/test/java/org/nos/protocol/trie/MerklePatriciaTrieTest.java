package org.nos.protocol.trie;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;

class MerklePatriciaTrieTest {
    private static byte[] b(String s) {
        return s.getBytes(US_ASCII);
    }

    private static MerklePatriciaTrie trieOf(String... keyValues) {
        MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
        for (int i = 0; i < keyValues.length; i += 2) trie.put(b(keyValues[i]), b(keyValues[i + 1]));
        return trie;
    }

    @Test
    void emptyTrieHasTheEmptyRoot() {
        assertEquals("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421",
                MerklePatriciaTrie.inMemory().rootHash().toHex());
        assertEquals(Hash.EMPTY_TRIE, MerklePatriciaTrie.inMemory().commit());
    }

    @Test
    void publishedRootVectors() {
        assertEquals("0x8aad789dff2f538bca5d8ea56e8abe10f4c7ba3a5dea95fea4cd6e7c3a1168d3",
                trieOf("doe", "reindeer", "dog", "puppy", "dogglesworth", "cat").rootHash().toHex());
        assertEquals("0xd23786fb4a010da3ce639d66d5e904a11dbc02746d1ce25029e53290cabf28ab",
                trieOf("A", "a".repeat(50)).rootHash().toHex());
        // ethereum/tests trietest "emptyValues" (geth TestDelete): an empty value deletes
        assertEquals("0x5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84",
                trieOf("do", "verb", "ether", "wookiedoo", "horse", "stallion", "shaman", "horse", "doge", "coin",
                        "ether", "", "dog", "puppy", "shaman", "").rootHash().toHex());
    }

    @Test
    void secureTrieVector() {
        SecureTrie trie = SecureTrie.inMemory();
        trie.put(b("doe"), b("reindeer"));
        trie.put(b("dog"), b("puppy"));
        trie.put(b("dogglesworth"), b("cat"));
        assertEquals("0xd4cd937e4a4368d7931a9cf51686b7e10abb3dce38a39000fd7902a092b64585", trie.rootHash().toHex());
        assertArrayEquals(b("puppy"), trie.get(b("dog")));
    }

    @Test
    void getsWhatWasPutAndNothingElse() {
        MerklePatriciaTrie trie = trieOf("doe", "reindeer", "dog", "puppy", "dogglesworth", "cat");
        assertArrayEquals(b("reindeer"), trie.get(b("doe")));
        assertArrayEquals(b("puppy"), trie.get(b("dog")));
        assertArrayEquals(b("cat"), trie.get(b("dogglesworth")));
        assertNull(trie.get(b("do")));
        assertNull(trie.get(b("dogg")));
        assertNull(trie.get(b("cat")));
        assertNull(trie.get(new byte[0]));
    }

    @Test
    void rootDependsOnContentNotHistory() {
        Random random = new Random(7);
        TreeMap<Bytes, byte[]> expected = new TreeMap<>();
        List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            byte[] key = new byte[1 + random.nextInt(5)];
            random.nextBytes(key);
            if (random.nextInt(4) == 0) key[0] = 0x11; // shared prefixes
            byte[] value = new byte[1 + random.nextInt(40)];
            random.nextBytes(value);
            keys.add(key);
            expected.put(Bytes.of(key), value);
        }
        MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
        for (byte[] key : keys) trie.put(key, expected.get(Bytes.of(key)));
        // delete a third, in random order, after hashing once so caches are warm
        trie.rootHash();
        List<Bytes> all = new ArrayList<>(expected.keySet());
        Collections.shuffle(all, random);
        for (Bytes key : all.subList(0, all.size() / 3)) {
            trie.remove(key.toArray());
            expected.remove(key);
        }
        trie.remove(new byte[] {1, 2, 3, 4, 5, 6}); // absent: no change
        MerklePatriciaTrie rebuilt = MerklePatriciaTrie.inMemory();
        List<Bytes> remaining = new ArrayList<>(expected.keySet());
        Collections.shuffle(remaining, random);
        for (Bytes key : remaining) rebuilt.put(key.toArray(), expected.get(key));
        assertEquals(rebuilt.rootHash(), trie.rootHash());
        for (Bytes key : expected.keySet()) assertArrayEquals(expected.get(key), trie.get(key.toArray()));
        for (Bytes key : remaining) trie.remove(key.toArray());
        assertEquals(Hash.EMPTY_TRIE, trie.rootHash());
        assertTrue(trie.isEmpty());
    }

    @Test
    void keysThatArePrefixesOfOthersUseBranchValues() {
        MerklePatriciaTrie trie = trieOf("test", "test", "te", "testy");
        assertEquals("0x8452568af70d8d140f58d941338542f645fcca50094b20f3c3d8c3df49337928", trie.rootHash().toHex());
        trie.remove(b("te"));
        assertEquals(trieOf("test", "test").rootHash(), trie.rootHash());
        MerklePatriciaTrie other = trieOf("te", "testy", "test", "test");
        other.remove(b("test"));
        assertEquals(trieOf("te", "testy").rootHash(), other.rootHash());
    }

    @Test
    void commitThenReopenFromTheStore() {
        InMemoryTrieNodeStore store = new InMemoryTrieNodeStore();
        MerklePatriciaTrie trie = MerklePatriciaTrie.empty(store);
        for (int i = 0; i < 300; i++) trie.put(Hex.decode(String.format("%04x", i * 7919)), b("value " + i));
        Hash root = trie.commit();
        int nodes = store.size();
        assertEquals(root, trie.commit());
        assertEquals(nodes, store.size(), "a second commit writes nothing new");

        MerklePatriciaTrie reopened = MerklePatriciaTrie.open(store, root);
        assertEquals(root, reopened.rootHash());
        for (int i = 0; i < 300; i++) {
            assertArrayEquals(b("value " + i), reopened.get(Hex.decode(String.format("%04x", i * 7919))));
        }
        reopened.put(Hex.decode("0000"), b("changed"));
        reopened.remove(Hex.decode(String.format("%04x", 7919)));
        Hash changed = reopened.commit();
        assertArrayEquals(b("changed"), MerklePatriciaTrie.open(store, changed).get(Hex.decode("0000")));
        assertArrayEquals(b("value 0"), MerklePatriciaTrie.open(store, root).get(Hex.decode("0000")));
    }

    @Test
    void tinyRootIsStoredToo() {
        InMemoryTrieNodeStore store = new InMemoryTrieNodeStore();
        MerklePatriciaTrie trie = MerklePatriciaTrie.empty(store);
        trie.put(b("a"), b("b"));
        Hash root = trie.commit();
        assertArrayEquals(b("b"), MerklePatriciaTrie.open(store, root).get(b("a")));
    }

    @Test
    void missingNodeIsReported() {
        MerklePatriciaTrie trie = MerklePatriciaTrie.open(new InMemoryTrieNodeStore(), Hash.keccak(b("nothing")));
        assertThrows(MissingTrieNodeException.class, () -> trie.get(b("x")));
    }

    @Test
    void copiesAreIndependent() {
        MerklePatriciaTrie trie = trieOf("doe", "reindeer", "dog", "puppy");
        Hash before = trie.rootHash();
        MerklePatriciaTrie copy = trie.copy();
        copy.put(b("dogglesworth"), b("cat"));
        assertEquals(before, trie.rootHash());
        assertEquals("0x8aad789dff2f538bca5d8ea56e8abe10f4c7ba3a5dea95fea4cd6e7c3a1168d3", copy.rootHash().toHex());
    }

    @Test
    void proofsOfPresenceAndAbsenceVerify() {
        MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
        for (int i = 0; i < 200; i++) trie.put(Hash.keccak(new byte[] {(byte) i}).toArray(), b("v" + i));
        Hash root = trie.rootHash();
        for (int i = 0; i < 200; i++) {
            byte[] key = Hash.keccak(new byte[] {(byte) i}).toArray();
            List<Bytes> proof = trie.proof(key);
            assertEquals(Optional.of(Bytes.wrap(b("v" + i))), MerklePatriciaTrie.verifyProof(root, key, proof));
        }
        byte[] absent = Hash.keccak(b("absent")).toArray();
        assertEquals(Optional.empty(), MerklePatriciaTrie.verifyProof(root, absent, trie.proof(absent)));
    }

    @Test
    void tamperedOrIncompleteProofsFail() {
        MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
        for (int i = 0; i < 50; i++) trie.put(Hash.keccak(new byte[] {(byte) i}).toArray(), b("value " + i));
        byte[] key = Hash.keccak(new byte[] {7}).toArray();
        List<Bytes> proof = trie.proof(key);
        assertTrue(proof.size() >= 2);
        Hash root = trie.rootHash();
        assertThrows(InvalidProofException.class,
                () -> MerklePatriciaTrie.verifyProof(root, key, proof.subList(0, proof.size() - 1)));
        List<Bytes> tampered = new ArrayList<>(proof);
        byte[] last = tampered.get(tampered.size() - 1).toArray();
        last[last.length - 1] ^= 1;
        tampered.set(tampered.size() - 1, Bytes.wrap(last));
        assertThrows(InvalidProofException.class, () -> MerklePatriciaTrie.verifyProof(root, key, tampered));
        assertThrows(InvalidProofException.class, () -> MerklePatriciaTrie.verifyProof(Hash.keccak(b("x")), key, proof));
    }

    @Test
    void proofOfASmallTrieHoldsTheRoot() {
        MerklePatriciaTrie trie = trieOf("a", "b");
        List<Bytes> proof = trie.proof(b("a"));
        assertEquals(1, proof.size());
        assertEquals(Optional.of(Bytes.wrap(b("b"))), MerklePatriciaTrie.verifyProof(trie.rootHash(), b("a"), proof));
    }
}
