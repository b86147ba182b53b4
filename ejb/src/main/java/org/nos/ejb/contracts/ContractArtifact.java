package org.nos.ejb.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nos.protocol.base.Bytes;

/**
 * A contract compiled by {@code contracts/compile.js}, whose artifacts the ejb jar carries in this package:
 * {@code JitWarmup} and {@code NosToken}. The build checks each against its source ({@code npm run verify-build}).
 */
public record ContractArtifact(String name, Bytes bytecode, Bytes deployedBytecode) {

    /** The artifact {@code <name>.json}; a missing or malformed one is a packaging error. */
    public static ContractArtifact load(String name) {
        try (InputStream in = ContractArtifact.class.getResourceAsStream(name + ".json")) {
            if (in == null) throw new IllegalStateException(name + ".json is not on the class path");
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ContractArtifact(name, field(json, name, "bytecode"), field(json, name, "deployedBytecode"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Bytes field(String json, String name, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"(0x[0-9a-fA-F]+)\"").matcher(json);
        if (!m.find()) throw new IllegalStateException(name + ".json has no " + field);
        return Bytes.fromHex(m.group(1));
    }
}
