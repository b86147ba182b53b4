package org.nos.web.rpc.web3;

import jakarta.enterprise.context.ApplicationScoped;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.web.rpc.RpcException;
import org.nos.web.rpc.RpcMethodRegistry;
import org.nos.web.rpc.RpcNamespace;

/** web3_clientVersion and web3_sha3. */
@ApplicationScoped
public class Web3Namespace implements RpcNamespace {
    /** NOS/v{version}/{os}-{arch}/java{feature}, shaped like geth's answer. */
    public static final String CLIENT_VERSION = "NOS/v" + version() + "/"
            + System.getProperty("os.name", "unknown").toLowerCase().replace(' ', '_') + "-"
            + System.getProperty("os.arch", "unknown") + "/java" + Runtime.version().feature();

    @Override
    public void register(RpcMethodRegistry registry) {
        registry.registerInMemory("web3_clientVersion", params -> {
            params.atMost(0);
            return CLIENT_VERSION;
        });
        registry.registerInMemory("web3_sha3", params -> {
            params.atMost(1);
            var data = params.required(0);
            if (!data.isTextual() || !Hex.isPrefixedHex(data.textValue()) || data.textValue().length() % 2 != 0) {
                throw RpcException.invalidParams("invalid argument 0: hex data with an even number of digits expected");
            }
            return Hash.keccak(Hex.decode(data.textValue())).toHex();
        });
    }

    private static String version() {
        try (var in = Web3Namespace.class.getResourceAsStream("version.properties")) {
            var props = new java.util.Properties();
            if (in != null) props.load(in);
            return props.getProperty("version", "0.0.0");
        } catch (java.io.IOException e) {
            return "0.0.0";
        }
    }
}
