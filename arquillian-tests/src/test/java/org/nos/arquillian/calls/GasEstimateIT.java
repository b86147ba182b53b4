package org.nos.arquillian.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.arquillian.calls.EventEmitterContract.withUints;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
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
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthEstimateGas;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

/**
 * eth_estimateGas through web3j: the estimate of a function with nested calls (the 63/64 rule) is enough to send it
 * and is the lowest such limit; a plain transfer is 21000; a reverting call is code 3 with the reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GasEstimateIT {
    private static Web3j web3;
    private static EventEmitterContract emitter;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @BeforeAll
    static void deploy() throws Exception {
        web3 = Web3j.build(new HttpService(NosNode.RPC_URL));
        emitter = EventEmitterContract.deploy(web3);
    }

    @AfterAll
    static void disconnect() {
        if (web3 != null) web3.shutdown();
    }

    @Test
    void nestedCallSucceedsWithExactlyTheEstimateAndNotWithLess() throws Exception {
        Function relay = withUints("relay", 9);
        BigInteger estimate = estimate(relay);
        assertTrue(estimate.longValueExact() > 21_000 + 20_000, "estimate " + estimate);

        JsonNode oneLess = NosNode.call("eth_call", "[{\"from\":\"" + EventEmitterContract.OWNER.getAddress() + "\",\"to\":\""
                + emitter.address() + "\",\"gas\":\"0x" + estimate.subtract(BigInteger.ONE).toString(16) + "\",\"data\":\""
                + FunctionEncoder.encode(relay) + "\"},\"latest\"]");
        assertTrue(oneLess.has("error"), "relay succeeded with estimate - 1: " + oneLess);

        TransactionReceipt receipt = emitter.transact(relay, estimate);
        assertTrue(receipt.isStatusOK(), "relay with gas = estimate failed: " + receipt);
        assertTrue(receipt.getGasUsed().compareTo(estimate) <= 0, receipt.getGasUsed() + " > " + estimate);
        assertEquals(1, receipt.getLogs().size());
    }

    @Test
    void gasGrowsWithTheWorkAndTheEstimateStaysSufficient() throws Exception {
        BigInteger few = estimate(withUints("emitMany", 1, 2));
        BigInteger many = estimate(withUints("emitMany", 100, 30));
        assertTrue(many.compareTo(few) > 0, few + " vs " + many);
        TransactionReceipt receipt = emitter.transact(withUints("emitMany", 100, 30), many);
        assertTrue(receipt.isStatusOK(), receipt.toString());
        assertEquals(30, receipt.getLogs().size());
    }

    @Test
    void plainTransferIsExactly21000() throws Exception {
        EthEstimateGas response = web3.ethEstimateGas(Transaction.createEtherTransaction(EventEmitterContract.OWNER.getAddress(),
                null, null, null, "0x000000000000000000000000000000000000dEaD", BigInteger.ONE)).send();
        assertEquals(BigInteger.valueOf(21_000), response.getAmountUsed());
    }

    @Test
    void revertIsCode3WithTheReason() throws Exception {
        EthEstimateGas response = web3.ethEstimateGas(Transaction.createEthCallTransaction(
                EventEmitterContract.OWNER.getAddress(), emitter.address(), FunctionEncoder.encode(EventEmitterContract.fail("nope")))).send();
        assertTrue(response.hasError(), "no error for a reverting estimate");
        assertEquals(3, response.getError().getCode());
        assertEquals("execution reverted: nope", response.getError().getMessage());
    }

    private static BigInteger estimate(Function function) throws Exception {
        EthEstimateGas response = web3.ethEstimateGas(Transaction.createEthCallTransaction(
                EventEmitterContract.OWNER.getAddress(), emitter.address(), FunctionEncoder.encode(function))).send();
        if (response.hasError()) throw new AssertionError("eth_estimateGas: " + response.getError().getMessage());
        return response.getAmountUsed();
    }
}
