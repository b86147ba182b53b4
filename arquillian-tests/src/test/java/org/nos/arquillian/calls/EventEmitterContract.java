package org.nos.arquillian.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.nos.arquillian.NosNode;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * contracts/build/EventEmitter.json deployed with web3j by dev account 0 (README's table): signed EIP-1559
 * transactions that wait for their receipts, and eth_call of its functions.
 */
public final class EventEmitterContract {
    public static final long CHAIN_ID = 42213;
    /** Dev account 0 of the test mnemonic; its key is public. */
    public static final Credentials OWNER =
            Credentials.create("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private static final BigInteger TIP = BigInteger.valueOf(100_000_000L);
    private static final BigInteger FEE_CAP = BigInteger.valueOf(3_000_000_000L);
    private static final BigInteger DEPLOY_GAS = BigInteger.valueOf(2_000_000);
    public static final BigInteger DEFAULT_GAS = BigInteger.valueOf(500_000);

    private final Web3j web3;
    private final String address;
    private final TransactionReceipt creation;

    private EventEmitterContract(Web3j web3, String address, TransactionReceipt creation) {
        this.web3 = web3;
        this.address = address;
        this.creation = creation;
    }

    /** Deploys a new EventEmitter and checks that its code is the artifact's deployedBytecode. */
    public static EventEmitterContract deploy(Web3j web3) throws IOException {
        JsonNode artifact = artifact();
        TransactionReceipt receipt = receipt(web3, send(web3, null, artifact.get("bytecode").textValue(), DEPLOY_GAS));
        assertTrue(receipt.isStatusOK(), "deployment failed: " + receipt);
        String address = receipt.getContractAddress();
        assertNotNull(address, "no contract address in " + receipt);
        String code = web3.ethGetCode(address, DefaultBlockParameterName.LATEST).send().getCode();
        assertEquals(artifact.get("deployedBytecode").textValue(), code);
        return new EventEmitterContract(web3, address, receipt);
    }

    public static JsonNode artifact() {
        try (InputStream in = EventEmitterContract.class.getResourceAsStream("/contracts/EventEmitter.json")) {
            if (in == null) throw new IllegalStateException("/contracts/EventEmitter.json is not on the test classpath");
            return NosNode.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String address() {
        return address;
    }

    public TransactionReceipt creation() {
        return creation;
    }

    /** Sends {@code function} with {@code gas} and waits for its receipt (success or not). */
    public TransactionReceipt transact(Function function, BigInteger gas) throws IOException {
        return receipt(web3, send(web3, address, FunctionEncoder.encode(function), gas));
    }

    /** Sends {@code function}, waits for the receipt and asserts success. */
    public TransactionReceipt transact(Function function) throws IOException {
        TransactionReceipt receipt = transact(function, DEFAULT_GAS);
        assertTrue(receipt.isStatusOK(), function.getName() + " failed: " + receipt);
        return receipt;
    }

    /** eth_call of {@code function} from the owner at {@code block}: web3j's whole response (result or error). */
    public EthCall call(Function function, DefaultBlockParameter block) throws IOException {
        return web3.ethCall(Transaction.createEthCallTransaction(OWNER.getAddress(), address, FunctionEncoder.encode(function)),
                block).send();
    }

    /** eth_call that must succeed, decoded with the function's output types. */
    @SuppressWarnings("rawtypes")
    public List<Type> callOk(Function function, DefaultBlockParameter block) throws IOException {
        EthCall response = call(function, block);
        if (response.hasError()) {
            throw new AssertionError(function.getName() + ": " + response.getError().getCode() + " " + response.getError().getMessage());
        }
        return FunctionReturnDecoder.decode(response.getValue(), function.getOutputParameters());
    }

    // ---- the functions used by the tests ----

    public static Function uintView(String name) {
        return new Function(name, List.of(), List.of(new TypeReference<Uint256>() { }));
    }

    public static Function getState() {
        return new Function("getState", List.of(), List.of(new TypeReference<Uint256>() { }, new TypeReference<Uint256>() { }));
    }

    @SuppressWarnings("rawtypes")
    public static Function withUints(String name, long... args) {
        List<Type> inputs = new ArrayList<>();
        for (long a : args) inputs.add(new Uint256(a));
        return new Function(name, inputs, List.of(new TypeReference<Uint256>() { }));
    }

    public static Function fail(String reason) {
        return new Function("fail", List.of(new Utf8String(reason)), List.of());
    }

    // ---- transactions ----

    private static String send(Web3j web3, String to, String data, BigInteger gas) throws IOException {
        BigInteger nonce = web3.ethGetTransactionCount(OWNER.getAddress(), DefaultBlockParameterName.PENDING).send()
                .getTransactionCount();
        RawTransaction tx = RawTransaction.createTransaction(CHAIN_ID, nonce, gas, to == null ? "" : to, BigInteger.ZERO,
                data, TIP, FEE_CAP);
        EthSendTransaction sent = web3.ethSendRawTransaction(Numeric.toHexString(TransactionEncoder.signMessage(tx, OWNER)))
                .send();
        if (sent.hasError()) throw new AssertionError("transaction rejected: " + sent.getError().getMessage());
        return sent.getTransactionHash();
    }

    private static TransactionReceipt receipt(Web3j web3, String hash) throws IOException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            var receipt = web3.ethGetTransactionReceipt(hash).send().getTransactionReceipt();
            if (receipt.isPresent()) return receipt.get();
            NosNode.sleep(250);
        }
        throw new AssertionError("no receipt for " + hash + " within 60 s");
    }
}
