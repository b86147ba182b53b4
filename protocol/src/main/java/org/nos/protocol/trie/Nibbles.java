package org.nos.protocol.trie;

import java.util.Arrays;
import org.nos.protocol.rlp.RlpException;

/** Paths in the trie are sequences of nibbles (half-bytes), one per array element; this converts them. */
final class Nibbles {
    static final byte[] EMPTY = new byte[0];

    private Nibbles() {}

    /** The nibbles of {@code key}, high half of each byte first. */
    static byte[] of(byte[] key) {
        byte[] out = new byte[key.length * 2];
        for (int i = 0; i < key.length; i++) {
            out[2 * i] = (byte) ((key[i] >> 4) & 0xf);
            out[2 * i + 1] = (byte) (key[i] & 0xf);
        }
        return out;
    }

    /** Length of the common prefix of {@code path} and {@code key} from {@code keyPos}. */
    static int commonPrefix(byte[] path, byte[] key, int keyPos) {
        int max = Math.min(path.length, key.length - keyPos);
        int i = 0;
        while (i < max && path[i] == key[keyPos + i]) i++;
        return i;
    }

    /** True when {@code key} from {@code keyPos} is exactly {@code path}. */
    static boolean matchesRest(byte[] path, byte[] key, int keyPos) {
        return key.length - keyPos == path.length && commonPrefix(path, key, keyPos) == path.length;
    }

    static byte[] slice(byte[] nibbles, int from, int to) {
        return from == to ? EMPTY : Arrays.copyOfRange(nibbles, from, to);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] prepend(int nibble, byte[] path) {
        byte[] out = new byte[path.length + 1];
        out[0] = (byte) nibble;
        System.arraycopy(path, 0, out, 1, path.length);
        return out;
    }

    /** Hex-prefix (compact) encoding of a path: a flag nibble (2 for a leaf, +1 for odd length), then the path. */
    static byte[] compact(byte[] path, boolean leaf) {
        boolean odd = (path.length & 1) == 1;
        byte[] out = new byte[path.length / 2 + 1];
        int flag = (leaf ? 2 : 0) + (odd ? 1 : 0);
        int p = 0;
        if (odd) {
            out[0] = (byte) ((flag << 4) | path[0]);
            p = 1;
        } else {
            out[0] = (byte) (flag << 4);
        }
        for (int i = 1; i < out.length; i++, p += 2) {
            out[i] = (byte) ((path[p] << 4) | path[p + 1]);
        }
        return out;
    }

    /** True when a compact-encoded path is flagged as a leaf's. */
    static boolean isLeaf(byte[] compact) {
        if (compact.length == 0) throw new RlpException("empty compact path");
        int flag = (compact[0] >> 4) & 0xf;
        if (flag > 3) throw new RlpException("invalid compact path flag " + flag);
        return flag >= 2;
    }

    /** Decodes a compact path. */
    static byte[] fromCompact(byte[] compact) {
        boolean odd = ((compact[0] >> 4) & 1) == 1;
        if (!odd && (compact[0] & 0xf) != 0) throw new RlpException("non-zero padding in an even compact path");
        int length = (compact.length - 1) * 2 + (odd ? 1 : 0);
        byte[] out = new byte[length];
        int p = 0;
        if (odd) out[p++] = (byte) (compact[0] & 0xf);
        for (int i = 1; i < compact.length; i++) {
            out[p++] = (byte) ((compact[i] >> 4) & 0xf);
            out[p++] = (byte) (compact[i] & 0xf);
        }
        return out;
    }
}
