package org.nos.arquillian.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nos.arquillian.NosEar;
import org.nos.arquillian.NosNode;
import org.nos.arquillian.ServerCli;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * The JSON-RPC warm-up, which the other tests switch off ({@code -Dnos.rpc.warmup-requests=0} in arquillian.xml):
 * right after the deployment the endpoint refuses clients with HTTP 503 and EIP-1474's -32002 while the warm-up's own
 * requests run, then serves them; and the warm-up's thousands of transaction sends left nothing in the pool or the
 * chain.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RpcWarmupIT {
    private static final String DEPLOYMENT = "nos-warmup";
    /** The warm-up's signing key: keccak256("NOS JSON-RPC warm-up"). */
    private static final String WARMUP_ADDRESS = Credentials.create(Numeric.toHexString(
            Hash.sha3("NOS JSON-RPC warm-up".getBytes(StandardCharsets.US_ASCII)))).getAddress();

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @Test
    void refusesClientsUntilWarmThenServesAndTheWarmupChangedNothing() throws Exception {
        try (ServerCli cli = ServerCli.connect()) {
            cli.execute("/system-property=nos.rpc.warmup-requests:add(value=10000)");
        }
        try {
            deployer.deploy(DEPLOYMENT);
            HttpResponse<String> refused = NosNode.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\",\"params\":[]}");
            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
            assertEquals(-32002, NosNode.json(refused.body()).get("error").get("code").intValue(), refused.body());

            NosNode.await(Duration.ofSeconds(60), "the endpoint to serve clients",
                    () -> NosNode.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}").statusCode() == 200);
            assertEquals(0, NosNode.quantity(NosNode.result("eth_getTransactionCount", "[\"" + WARMUP_ADDRESS + "\",\"pending\"]")));
            assertEquals(0, NosNode.quantity(NosNode.result("eth_getBalance", "[\"" + WARMUP_ADDRESS + "\",\"latest\"]")));
            JsonNode pool = NosNode.result("txpool_content", "[]");
            for (String part : new String[] {"pending", "queued"}) {
                pool.get(part).fieldNames().forEachRemaining(sender ->
                        assertFalse(sender.equalsIgnoreCase(WARMUP_ADDRESS), "a warm-up transaction in the pool: " + pool));
            }
        } finally {
            try (ServerCli cli = ServerCli.connect()) {
                cli.execute("/system-property=nos.rpc.warmup-requests:remove");
                cli.execute("/system-property=nos.rpc.warmup-requests:add(value=0)"); // as arquillian.xml has it
            }
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
