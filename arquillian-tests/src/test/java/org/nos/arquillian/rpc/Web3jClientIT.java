package org.nos.arquillian.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nos.arquillian.NosEar;
import org.nos.arquillian.NosNode;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.http.HttpService;

/** web3j, a real Ethereum client, against the node: chain id, versions, block numbers and blocks. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Web3jClientIT {
    private static Web3j web3;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @BeforeAll
    static void connect() {
        web3 = Web3j.build(new HttpService(NosNode.RPC_URL));
    }

    @AfterAll
    static void disconnect() {
        if (web3 != null) web3.shutdown();
    }

    @Test
    void chainIdAndVersions() throws Exception {
        assertEquals(BigInteger.valueOf(42213), web3.ethChainId().send().getChainId());
        assertEquals("42213", web3.netVersion().send().getNetVersion());
        assertTrue(web3.web3ClientVersion().send().getWeb3ClientVersion().startsWith("NOS/v"));
    }

    @Test
    void blockNumberRisesWithTheBlockTime() throws Exception {
        long first = web3.ethBlockNumber().send().getBlockNumber().longValueExact();
        NosNode.sleep(4_500);
        long later = web3.ethBlockNumber().send().getBlockNumber().longValueExact();
        assertTrue(later - first >= 2 && later - first <= 3, "from " + first + " to " + later + " in 4.5 s");
    }

    @Test
    void latestAndEarliestBlocks() throws Exception {
        NosNode.await(Duration.ofSeconds(30), "block 1", () -> NosNode.blockNumber() >= 1);
        EthBlock.Block latest = web3.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock();
        assertNotNull(latest);
        assertEquals("0x4200000000000000000000000000000000000011", latest.getMiner());
        assertEquals(BigInteger.valueOf(30_000_000L), latest.getGasLimit());
        assertEquals(BigInteger.valueOf(1_000_000_000L), latest.getBaseFeePerGas());
        assertEquals(BigInteger.ZERO, latest.getDifficulty());
        assertTrue(latest.getTransactions().isEmpty());

        EthBlock.Block byHash = web3.ethGetBlockByHash(latest.getHash(), true).send().getBlock();
        assertEquals(latest.getNumber(), byHash.getNumber());
        assertEquals(latest.getParentHash(), byHash.getParentHash());

        EthBlock.Block genesis = web3.ethGetBlockByNumber(DefaultBlockParameterName.EARLIEST, false).send().getBlock();
        assertEquals(BigInteger.ZERO, genesis.getNumber());
        assertEquals("0x0000000000000000000000000000000000000000000000000000000000000000", genesis.getParentHash());

        EthBlock.Block parent = web3.ethGetBlockByNumber(
                DefaultBlockParameter.valueOf(latest.getNumber().subtract(BigInteger.ONE)), false).send().getBlock();
        assertEquals(parent.getHash(), latest.getParentHash());
        assertEquals(parent.getTimestamp().add(BigInteger.TWO), latest.getTimestamp());
    }

    @Test
    void unknownBlocksAreNull() throws Exception {
        long head = web3.ethBlockNumber().send().getBlockNumber().longValueExact();
        assertNull(web3.ethGetBlockByNumber(DefaultBlockParameter.valueOf(BigInteger.valueOf(head + 1000)), false)
                .send().getBlock());
        assertNull(web3.ethGetBlockByHash("0x" + "ab".repeat(32), false).send().getBlock());
    }
}
