package org.nos.arquillian.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.ContainerController;
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
import org.nos.arquillian.ServerProcess;

/**
 * kill -9 while sealed blocks' state and transaction rows are only in memory ({@code nos.state.write-interval} set
 * so high that the state, transaction and log tables are never written): receipts are answered from memory until
 * then; the restart executes those blocks again from their stored transactions, the receipts are the same, and the
 * chain goes on from the same state, with the same balances, code and storage.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnwrittenStateRestartIT {
    private static final String CONTAINER = "wildfly-manual";
    private static final String DEPLOYMENT = "nos-unwritten-state";
    /** SSTORE(0, 42), then deploys code that returns slot 0. */
    private static final String STORE_42 = "0x602a600055600b6011600039600b6000f3" + "60005460005260206000f3";
    private static final String RUNTIME = "0x60005460005260206000f3";

    @ArquillianResource
    ContainerController controller;

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    private final Wallet sender = Wallet.dev(7);
    private final String to = Wallet.fresh(7).address();

    @Test
    void blocksWhoseStateWasNotWrittenAreExecutedAgain() throws Exception {
        controller.start(CONTAINER);
        deployer.deploy(DEPLOYMENT);
        try {
            NosNode.await(Duration.ofSeconds(120), "two blocks", () -> NosNode.blockNumber() >= 2);
            try (ServerCli cli = ServerCli.connect()) {
                cli.execute("/system-property=nos.state.write-interval:add(value=1000000)");
            }
            killAndRestart(); // the interval is read at deployment
            long nonce = sender.pendingNonce();
            BigInteger before = Chain.balance(to, NosNode.blockNumber());
            String deploy = Chain.sendOk(sender.dynamicFee(Wallet.CHAIN_ID, nonce, Wallet.TIP, Wallet.FEE_CAP,
                    BigInteger.valueOf(100_000), null, BigInteger.ZERO, STORE_42));
            JsonNode deployReceipt = Chain.awaitReceipt(deploy, Duration.ofSeconds(60));
            String contract = deployReceipt.get("contractAddress").textValue();
            String last = null;
            for (int i = 1; i <= 20; i++) last = Chain.sendOk(sender.transfer(nonce + i, to, BigInteger.valueOf(5)));
            JsonNode lastReceipt = Chain.awaitReceipt(last, Duration.ofSeconds(60));
            long sealedAt = NosNode.quantity(lastReceipt.get("blockNumber"));
            NosNode.await(Duration.ofSeconds(30), "a block after the transfers", () -> NosNode.blockNumber() > sealedAt);
            String stateRoot = NosNode.block(sealedAt).get("stateRoot").textValue();

            killAndRestart();
            String log = ServerProcess.log();
            assertTrue(log.contains("again: their state and transaction rows had not been written"),
                    "the restart executed the unwritten blocks again");
            assertEquals(deployReceipt, Chain.receipt(deploy), "the deployment's receipt, from the rows written again");
            assertEquals(lastReceipt, Chain.receipt(last), "the last transfer's receipt, from the rows written again");
            assertEquals(sealedAt, NosNode.quantity(NosNode.result("eth_getTransactionByHash", "[\"" + last + "\"]")
                    .get("blockNumber")));
            assertEquals(before.add(BigInteger.valueOf(100)), Chain.balance(to, sealedAt));
            assertEquals(before.add(BigInteger.valueOf(100)), Chain.balance(to, NosNode.blockNumber()));
            assertEquals(nonce + 21, sender.latestNonce());
            assertEquals(RUNTIME, NosNode.result("eth_getCode", "[\"" + contract + "\",\"latest\"]").textValue());
            assertEquals(BigInteger.valueOf(42), Chain.quantity(NosNode.result("eth_call",
                    "[{\"to\":\"" + contract + "\"},\"latest\"]")));
            assertEquals(stateRoot, NosNode.block(sealedAt).get("stateRoot").textValue());

            // the chain goes on from the state executed again
            String after = Chain.sendOk(sender.transfer(nonce + 21, to, BigInteger.valueOf(5)));
            assertEquals("0x1", Chain.awaitReceipt(after, Duration.ofSeconds(60)).get("status").textValue());
            assertEquals(before.add(BigInteger.valueOf(105)), Chain.balance(to, NosNode.blockNumber()));
            PoolCrashRestartIT.assertWholeHashChainedBlocks(NosNode.blockNumber());
        } finally {
            try (ServerCli cli = ServerCli.connect()) {
                cli.execute("/system-property=nos.state.write-interval:remove");
            } catch (IOException | AssertionError | RuntimeException notSet) {
                // not set: nothing to undo
            }
            try {
                deployer.undeploy(DEPLOYMENT);
            } finally {
                controller.stop(CONTAINER);
            }
        }
    }

    private void killAndRestart() {
        ServerProcess.killNineAndRestart(controller, CONTAINER);
    }
}
