package org.nos.arquillian.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nos.arquillian.calls.EventEmitterContract.getState;
import static org.nos.arquillian.calls.EventEmitterContract.uintView;
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
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

/** eth_call through web3j: views at the latest and at an older block, and reverts as code 3 with decodable data. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EthCallIT {
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
    void viewsReadTheStateOfTheRequestedBlock() throws Exception {
        TransactionReceipt first = emitter.transact(withUints("setValue", 41));
        TransactionReceipt second = emitter.transact(withUints("setValue", 42));
        emitter.transact(withUints("increment"));

        assertEquals(BigInteger.valueOf(42), uint(emitter.callOk(uintView("value"), DefaultBlockParameterName.LATEST)));
        List<Type> state = emitter.callOk(getState(), DefaultBlockParameterName.LATEST);
        assertEquals(List.of(BigInteger.valueOf(42), BigInteger.ONE), List.of(state.get(0).getValue(), state.get(1).getValue()));

        DefaultBlockParameter afterFirst = DefaultBlockParameter.valueOf(first.getBlockNumber());
        assertEquals(BigInteger.valueOf(41), uint(emitter.callOk(uintView("value"), afterFirst)));
        DefaultBlockParameter beforeFirst = DefaultBlockParameter.valueOf(first.getBlockNumber().subtract(BigInteger.ONE));
        assertEquals(BigInteger.ZERO, uint(emitter.callOk(uintView("value"), beforeFirst)));
        if (second.getBlockNumber().compareTo(first.getBlockNumber()) > 0) {
            assertEquals(BigInteger.valueOf(42), uint(emitter.callOk(uintView("value"), DefaultBlockParameter.valueOf(second.getBlockNumber()))));
        }
        assertEquals(BigInteger.valueOf(7), uint(emitter.callOk(withUints("echo", 7), DefaultBlockParameterName.PENDING)));
        assertEquals(BigInteger.valueOf(6), uint(emitter.callOk(withUints("divide", 36, 6), DefaultBlockParameterName.LATEST)));
    }

    @Test
    void errorStringRevertIsCode3WithTheReasonAndItsAbiData() throws Exception {
        EthCall response = emitter.call(EventEmitterContract.fail("no luck today"), DefaultBlockParameterName.LATEST);
        Response.Error error = response.getError();
        assertEquals(3, error.getCode());
        assertEquals("execution reverted: no luck today", error.getMessage());
        String data = revertData(error);
        assertTrue(data.startsWith("0x08c379a0"), data); // Error(string)
        @SuppressWarnings("rawtypes")
        List<Type> reason = FunctionReturnDecoder.decode("0x" + data.substring(10),
                new Function("Error", List.of(), List.of(new TypeReference<Utf8String>() { })).getOutputParameters());
        assertEquals("no luck today", reason.get(0).getValue());
        assertTrue(response.isReverted());
        assertEquals("execution reverted: no luck today", response.getRevertReason());
    }

    @Test
    void requireRevertCarriesTheContractsMessage() throws Exception {
        Response.Error error = emitter.call(withUints("setNonZero", 0), DefaultBlockParameterName.LATEST).getError();
        assertEquals(3, error.getCode());
        assertEquals("execution reverted: EventEmitter: value must be nonzero", error.getMessage());
    }

    @Test
    void customErrorAndPanicKeepTheirRevertData() throws Exception {
        Response.Error custom = emitter.call(withUints("failCustom", 77), DefaultBlockParameterName.LATEST).getError();
        assertEquals(3, custom.getCode());
        assertTrue(custom.getMessage().startsWith("execution reverted"), custom.getMessage());
        Function failed = new Function("Failed", List.of(new Uint256(77), new org.web3j.abi.datatypes.Address(
                EventEmitterContract.OWNER.getAddress())), List.of());
        assertEquals(FunctionEncoder.encode(failed), revertData(custom)); // Failed(uint256,address): selector + (77, caller)

        Response.Error panic = emitter.call(withUints("divide", 1, 0), DefaultBlockParameterName.LATEST).getError();
        assertEquals(3, panic.getCode());
        assertTrue(panic.getMessage().startsWith("execution reverted"), panic.getMessage());
        assertEquals("0x4e487b71" + "0".repeat(62) + "12", revertData(panic)); // Panic(0x12): division by zero
    }

    /** The error's {@code data}: web3j keeps it as raw JSON, here a JSON string of hex. */
    private static String revertData(Response.Error error) {
        return NosNode.json(error.getData()).textValue();
    }

    private static BigInteger uint(@SuppressWarnings("rawtypes") List<Type> values) {
        return (BigInteger) values.get(0).getValue();
    }
}
