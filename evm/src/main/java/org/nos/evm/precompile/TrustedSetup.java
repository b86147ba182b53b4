package org.nos.evm.precompile;

import ethereum.ckzg4844.CKZG4844JNI;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Ethereum mainnet KZG trusted setup (the EIP-4844 ceremony), loaded once into c-kzg-4844. The text file is the
 * one that org.web3j:crypto ships as the resource {@value #RESOURCE}; its SHA-256 is pinned, so a different file on
 * the class path fails loudly instead of verifying proofs against another setup.
 */
final class TrustedSetup {
    static final String RESOURCE = "/trusted_setup.txt";
    private static final String SHA256 = "e695ba9905a832de98dc3567febe326b760382bfd77a9a6880ca51b602a7d7ff";
    private static final int G1_POINTS = 4096;
    private static final int G2_POINTS = 65;

    private TrustedSetup() {}

    /** Loads the setup on first use; afterwards a no-op. */
    static void ensureLoaded() {
        Holder.touch();
    }

    private static final class Holder {
        static {
            load();
        }

        static void touch() {}
    }

    private static void load() {
        byte[] file = read();
        String[] lines = new String(file, StandardCharsets.US_ASCII).trim().split("\\s+");
        if (Integer.parseInt(lines[0]) != G1_POINTS || Integer.parseInt(lines[1]) != G2_POINTS) {
            throw new IllegalStateException("unexpected trusted setup sizes");
        }
        int at = 2;
        byte[] g1Lagrange = concat(lines, at, G1_POINTS);
        at += G1_POINTS;
        byte[] g2Monomial = concat(lines, at, G2_POINTS);
        at += G2_POINTS;
        byte[] g1Monomial = concat(lines, at, G1_POINTS);
        CKZG4844JNI.loadNativeLibrary();
        try {
            CKZG4844JNI.loadTrustedSetup(g1Monomial, g1Lagrange, g2Monomial, 0);
        } catch (RuntimeException e) {
            // another component of this process may have loaded it already (c-kzg holds one setup per process)
            if (String.valueOf(e.getMessage()).toLowerCase().contains("already loaded")) return;
            throw e;
        }
    }

    private static byte[] read() {
        try (InputStream in = TrustedSetup.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the KZG trusted setup " + RESOURCE + " is not on the class path");
            byte[] bytes = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            if (!hash.equals(SHA256)) throw new IllegalStateException("the KZG trusted setup has SHA-256 " + hash);
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the KZG trusted setup", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(String[] hexLines, int from, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = from; i < from + count; i++) out.writeBytes(HexFormat.of().parseHex(strip0x(hexLines[i])));
        return out.toByteArray();
    }

    private static String strip0x(String hex) {
        return hex.startsWith("0x") ? hex.substring(2) : hex;
    }
}
