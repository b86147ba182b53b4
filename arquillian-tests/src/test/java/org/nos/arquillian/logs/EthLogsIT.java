package org.nos.arquillian.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.arquillian.calls.EventEmitterContract.withUints;

import java.math.BigInteger;
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
import org.nos.arquillian.calls.EventEmitterContract;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * eth_getLogs through web3j on EventEmitter's events (by block hash, address, topics with OR-lists and wildcards,
 * block ranges), and a log filter polled with eth_getFilterChanges (each new log once) and eth_getFilterLogs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EthLogsIT {
    private static final String PING = EventEncoder.encode(new Event("Ping", List.of(new TypeReference<Uint256>(true) { })));
    private static final String MESSAGE = EventEncoder.encode(new Event("Message",
            List.of(new TypeReference<Address>(true) { }, new TypeReference<Utf8String>() { })));
    private static final String NO_ARGS = EventEncoder.encode(new Event("NoArgs", List.of()));

    private static Web3j web3;
    private static EventEmitterContract emitter;
    private static TransactionReceipt emitAll;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @BeforeAll
    static void deployAndEmit() throws Exception {
        web3 = Web3j.build(new HttpService(NosNode.RPC_URL));
        emitter = EventEmitterContract.deploy(web3);
        emitAll = emitter.transact(new Function("emitAll",
                List.of(new Uint256(11), new Utf8String("hello logs"), new DynamicBytes(new byte[] {1, 2, 3})), List.of()));
    }

    @AfterAll
    static void disconnect() {
        if (web3 != null) web3.shutdown();
    }

    @Test
    void logsOfABlockByHashAreTheReceiptsLogs() throws Exception {
        List<Log> logs = logs(new EthFilter(emitAll.getBlockHash(), emitter.address()));
        assertEquals(7, logs.size());
        assertEquals(emitAll.getLogs(), logs);
        for (Log log : logs) {
            assertEquals(emitAll.getTransactionHash(), log.getTransactionHash());
            assertEquals(emitAll.getBlockNumber(), log.getBlockNumber());
            assertFalse(log.isRemoved());
        }
        assertEquals(PING, logs.get(0).getTopics().get(0));
        assertEquals(Numeric.toHexStringWithPrefixZeroPadded(BigInteger.valueOf(11), 64), logs.get(0).getTopics().get(1));
        assertEquals(MESSAGE, logs.get(1).getTopics().get(0));
        assertEquals(List.of(NO_ARGS), logs.get(5).getTopics());
        // the anonymous event: no signature topic, only its indexed argument
        assertEquals(List.of(Numeric.toHexStringWithPrefixZeroPadded(BigInteger.valueOf(11), 64)), logs.get(6).getTopics());
        for (int i = 1; i < logs.size(); i++) {
            assertEquals(logs.get(i - 1).getLogIndex().add(BigInteger.ONE), logs.get(i).getLogIndex());
        }
    }

    @Test
    void topicsSelectAndWildcard() throws Exception {
        DefaultBlockParameter block = DefaultBlockParameter.valueOf(emitAll.getBlockNumber());
        List<Log> pings = logs(new EthFilter(block, block, emitter.address()).addSingleTopic(PING));
        assertEquals(1, pings.size());
        assertEquals(PING, pings.get(0).getTopics().get(0));

        List<Log> either = logs(new EthFilter(block, block, emitter.address()).addOptionalTopics(PING, MESSAGE, NO_ARGS));
        assertEquals(3, either.size());

        String sender = Numeric.toHexStringWithPrefixZeroPadded(Numeric.toBigInt(EventEmitterContract.OWNER.getAddress()), 64);
        List<Log> bySender = logs(new EthFilter(block, block, emitter.address()).addNullTopic().addSingleTopic(sender));
        assertEquals(List.of(MESSAGE), bySender.stream().map(l -> l.getTopics().get(0)).toList(),
                "second topic = sender: Message (AllIndexed has the id there)");

        List<Log> twoTopicsOrMore = logs(new EthFilter(block, block, emitter.address()).addNullTopic().addNullTopic());
        assertEquals(emitAll.getLogs().stream().filter(l -> l.getTopics().size() >= 2).toList(), twoTopicsOrMore,
                "geth: each position of the filter, wildcards too, needs a topic in the log");
        assertEquals(5, twoTopicsOrMore.size(), "NoArgs and the anonymous event have one topic");
    }

    @Test
    void addressAndRangeLimitTheResult() throws Exception {
        BigInteger number = emitAll.getBlockNumber();
        DefaultBlockParameter block = DefaultBlockParameter.valueOf(number);
        assertEquals(List.of(), logs(new EthFilter(block, block, "0x000000000000000000000000000000000000dEaD")));
        assertEquals(7, logs(new EthFilter(block, block, List.of("0x000000000000000000000000000000000000dEaD", emitter.address()))).size());
        DefaultBlockParameter before = DefaultBlockParameter.valueOf(number.subtract(BigInteger.ONE));
        assertEquals(List.of(), logs(new EthFilter(before, before, emitter.address())));
        DefaultBlockParameter creation = DefaultBlockParameter.valueOf(emitter.creation().getBlockNumber());
        assertEquals(7, logs(new EthFilter(creation, block, emitter.address())).size());
    }

    @Test
    void filterReturnsEachNewLogOnce() throws Exception {
        EthFilter criteria = new EthFilter(org.web3j.protocol.core.DefaultBlockParameterName.LATEST,
                org.web3j.protocol.core.DefaultBlockParameterName.LATEST, emitter.address()).addSingleTopic(PING);
        BigInteger id = web3.ethNewFilter(criteria).send().getFilterId();
        TransactionReceipt first = emitter.transact(withUints("emitPing", 101));
        TransactionReceipt second = emitter.transact(withUints("emitPing", 102));

        List<Log> changes = changes(id);
        assertEquals(List.of(first.getLogs().get(0), second.getLogs().get(0)), changes);
        assertEquals(List.of(), changes(id), "the same logs twice");

        EthFilter range = new EthFilter(DefaultBlockParameter.valueOf(first.getBlockNumber()),
                DefaultBlockParameter.valueOf(second.getBlockNumber()), emitter.address()).addSingleTopic(PING);
        BigInteger rangeId = web3.ethNewFilter(range).send().getFilterId();
        List<Log> all = web3.ethGetFilterLogs(rangeId).send().getLogs().stream().map(r -> (Log) r.get()).toList();
        assertEquals(changes, all, "eth_getFilterLogs of the blocks that held them");
        assertTrue(web3.ethUninstallFilter(rangeId).send().isUninstalled());

        assertTrue(web3.ethUninstallFilter(id).send().isUninstalled());
        var gone = web3.ethGetFilterChanges(id).send();
        assertEquals("filter not found", gone.getError().getMessage());
    }

    @Test
    void blockFilterReturnsTheNewBlockHashes() throws Exception {
        BigInteger id = web3.ethNewBlockFilter().send().getFilterId();
        TransactionReceipt receipt = emitter.transact(withUints("emitPing", 7));
        NosNode.await(java.time.Duration.ofSeconds(10), "a block after the receipt's",
                () -> NosNode.blockNumber() > receipt.getBlockNumber().longValueExact());
        List<String> hashes = web3.ethGetFilterChanges(id).send().getLogs().stream().map(r -> (String) r.get()).toList();
        assertTrue(hashes.contains(receipt.getBlockHash()), hashes + " lacks " + receipt.getBlockHash());
        assertEquals(hashes.size(), hashes.stream().distinct().count());
        assertTrue(web3.ethUninstallFilter(id).send().isUninstalled());
    }

    private static List<Log> logs(EthFilter filter) throws Exception {
        EthLog response = web3.ethGetLogs(filter).send();
        if (response.hasError()) throw new AssertionError("eth_getLogs: " + response.getError().getMessage());
        return response.getLogs().stream().map(r -> (Log) r.get()).toList();
    }

    private static List<Log> changes(BigInteger id) throws Exception {
        EthLog response = web3.ethGetFilterChanges(id).send();
        if (response.hasError()) throw new AssertionError("eth_getFilterChanges: " + response.getError().getMessage());
        return response.getLogs().stream().map(r -> (Log) r.get()).toList();
    }
}
