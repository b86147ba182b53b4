package org.nos.arquillian.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
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
import org.nos.protocol.base.Wei;
import org.nos.protocol.chain.Eip1559;
import org.nos.protocol.chain.Eip1559Params;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.response.EthFeeHistory;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

/**
 * eth_feeHistory through web3j (blockCount + 1 base fees, each the block's own and the last the next block's by the
 * OP Stack EIP-1559 rule; gas-used ratios; reward percentiles of the tips), eth_maxPriorityFeePerGas and eth_gasPrice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeeHistoryIT {
    /** The tip EventEmitterContract pays: 0.1 gwei. */
    private static final BigInteger TIP = BigInteger.valueOf(100_000_000L);

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
    void baseFeesOfTheBlocksAndOfTheNextBlock() throws Exception {
        NosNode.await(Duration.ofSeconds(30), "block 6", () -> NosNode.blockNumber() >= 6);
        long newest = NosNode.blockNumber();
        int count = 5;
        EthFeeHistory.FeeHistory history = web3.ethFeeHistory(count, DefaultBlockParameter.valueOf(BigInteger.valueOf(newest)),
                List.of(10.0, 50.0, 90.0)).send().getFeeHistory();

        assertEquals(BigInteger.valueOf(newest - count + 1), history.getOldestBlock());
        List<BigInteger> baseFees = history.getBaseFeePerGas();
        assertEquals(count + 1, baseFees.size());
        assertEquals(count, history.getGasUsedRatio().size());
        assertEquals(count, history.getReward().size());
        for (int i = 0; i < count; i++) {
            JsonNode block = NosNode.block(newest - count + 1 + i);
            long gasUsed = NosNode.quantity(block.get("gasUsed"));
            long gasLimit = NosNode.quantity(block.get("gasLimit"));
            BigInteger baseFee = new BigInteger(block.get("baseFeePerGas").textValue().substring(2), 16);
            assertEquals(baseFee, baseFees.get(i), "base fee of block " + (newest - count + 1 + i));
            assertEquals((double) gasUsed / gasLimit, history.getGasUsedRatio().get(i), 1e-12);
            assertEquals(Eip1559.nextBaseFee(gasUsed, gasLimit, Wei.of(baseFee), Eip1559Params.OP_STACK).toBigInteger(),
                    baseFees.get(i + 1), "base fee after block " + (newest - count + 1 + i));
            List<BigInteger> rewards = history.getReward().get(i);
            assertEquals(3, rewards.size());
            assertTrue(rewards.get(0).compareTo(rewards.get(1)) <= 0 && rewards.get(1).compareTo(rewards.get(2)) <= 0, rewards.toString());
        }
    }

    @Test
    void countIsClampedToTheChain() throws Exception {
        EthFeeHistory.FeeHistory history = web3.ethFeeHistory(1000, DefaultBlockParameter.valueOf(BigInteger.TWO), List.of())
                .send().getFeeHistory();
        assertEquals(BigInteger.ZERO, history.getOldestBlock());
        assertEquals(4, history.getBaseFeePerGas().size());
        assertEquals(3, history.getGasUsedRatio().size());
    }

    @Test
    void rewardsAreTheTipsOfTheBlocksTransactions() throws Exception {
        EventEmitterContract emitter = EventEmitterContract.deploy(web3);
        TransactionReceipt receipt = emitter.transact(EventEmitterContract.withUints("emitPing", 1));
        JsonNode block = NosNode.block(receipt.getBlockNumber().longValueExact());
        assertEquals(1, block.get("transactions").size(), "the block holds only this test's transaction: " + block);

        EthFeeHistory.FeeHistory history = web3.ethFeeHistory(1, DefaultBlockParameter.valueOf(receipt.getBlockNumber()),
                List.of(0.0, 50.0, 100.0)).send().getFeeHistory();
        assertEquals(List.of(TIP, TIP, TIP), history.getReward().get(0));
        assertEquals(receipt.getGasUsed().doubleValue() / NosNode.quantity(block.get("gasLimit")), history.getGasUsedRatio().get(0), 1e-12);
    }

    @Test
    void gasPriceIsAtLeastTheNextBaseFeePlusTheSuggestedTip() throws Exception {
        BigInteger tip = web3.ethMaxPriorityFeePerGas().send().getMaxPriorityFeePerGas();
        assertTrue(tip.signum() > 0, "tip " + tip);
        BigInteger gasPrice = web3.ethGasPrice().send().getGasPrice();
        assertTrue(gasPrice.compareTo(BigInteger.valueOf(1_000_000_000L).add(tip)) >= 0, gasPrice + " for tip " + tip);
    }
}
