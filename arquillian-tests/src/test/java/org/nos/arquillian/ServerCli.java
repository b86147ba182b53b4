package org.nos.arquillian;

import java.io.IOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/** Management operations on the running server, in jboss-cli syntax, over the native management API. */
public final class ServerCli implements AutoCloseable {
    private final ModelControllerClient client;

    private ServerCli(ModelControllerClient client) {
        this.client = client;
    }

    public static ServerCli connect() throws IOException {
        return new ServerCli(ModelControllerClient.Factory.create("remote+http", "127.0.0.1", 9990));
    }

    /** Runs an operation such as {@code /system-property=x:add(value=y)}; fails unless it succeeds. */
    public ModelNode execute(String operation) throws IOException {
        ModelNode op = parse(operation);
        ModelNode result = client.execute(op);
        if (!"success".equals(result.get("outcome").asString())) {
            throw new AssertionError(operation + " failed: " + result);
        }
        return result.get("result");
    }

    /** Parses the {@code /a=b/c=d:op(k=v,...)} form that jboss-cli uses for plain operations. */
    static ModelNode parse(String operation) {
        int colon = operation.indexOf(':');
        ModelNode op = new ModelNode();
        ModelNode address = op.get("address").setEmptyList();
        for (String element : operation.substring(0, colon).split("/")) {
            if (element.isEmpty()) continue;
            String[] kv = element.split("=", 2);
            address.add(kv[0], kv[1]);
        }
        String rest = operation.substring(colon + 1);
        int paren = rest.indexOf('(');
        op.get("operation").set(paren < 0 ? rest : rest.substring(0, paren));
        if (paren >= 0) {
            String args = rest.substring(paren + 1, rest.lastIndexOf(')'));
            for (String arg : args.split(",")) {
                if (arg.isBlank()) continue;
                String[] kv = arg.split("=", 2);
                op.get(kv[0].trim()).set(kv[1].trim());
            }
        }
        return op;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
