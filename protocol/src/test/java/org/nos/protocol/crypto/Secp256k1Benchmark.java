package org.nos.protocol.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hash;

/**
 * Prints public-key recoveries per second for the native and the pure-Java implementation. Run from the test
 * class path: {@code java -cp ... org.nos.protocol.crypto.Secp256k1Benchmark [count]}.
 */
public final class Secp256k1Benchmark {
    private Secp256k1Benchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<Secp256k1> curves = new ArrayList<>();
        Secp256k1.nativeLibrary().ifPresent(curves::add);
        curves.add(Secp256k1.pureJava());
        Random random = new Random(42);
        Hash[] digests = new Hash[n];
        Signature[] sigs = new Signature[n];
        Address[] signers = new Address[n];
        for (int i = 0; i < n; i++) {
            byte[] k = new byte[32];
            random.nextBytes(k);
            PrivateKey key = PrivateKey.of(k);
            byte[] m = new byte[32];
            random.nextBytes(m);
            digests[i] = Hash.wrap(m);
            sigs[i] = curves.get(0).sign(digests[i], key);
            signers[i] = key.address();
        }
        for (Secp256k1 curve : curves) {
            run(curve, digests, sigs, signers, Math.min(n, 2000)); // warm-up
            long start = System.nanoTime();
            run(curve, digests, sigs, signers, n);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-24s %,d recoveries in %.2f s = %,.0f recoveries/s%n", curve.name(), n, seconds,
                    n / seconds);
        }
    }

    private static void run(Secp256k1 curve, Hash[] digests, Signature[] sigs, Address[] signers, int n) {
        for (int i = 0; i < n; i++) {
            if (!signers[i].equals(curve.recoverSigner(digests[i], sigs[i]))) {
                throw new AssertionError("wrong signer at " + i + " with " + curve.name());
            }
        }
    }
}
