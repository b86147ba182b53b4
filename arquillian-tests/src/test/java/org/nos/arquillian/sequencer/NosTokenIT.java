package org.nos.arquillian.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nos.arquillian.NosEar;
import org.nos.arquillian.NosNode;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.crypto.Keccak256;
import org.nos.protocol.rlp.RlpReader;
import org.nos.protocol.state.AccountState;
import org.nos.protocol.trie.MerklePatriciaTrie;
import org.web3j.crypto.ContractUtils;
import org.web3j.utils.Numeric;

/**
 * contracts/build/NosToken.json deployed and used: the creation receipt, the code, a token transfer with its
 * Transfer log, balanceOf through eth_call and through the storage slot, and eth_getProof checked client-side
 * against the block's state root.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NosTokenIT {
    private static final Duration MINED = Duration.ofSeconds(30);
    private static final String TRANSFER_TOPIC = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
    private static final BigInteger SUPPLY = new BigInteger("1000000000000000000000000");
    private static final BigInteger AMOUNT = BigInteger.valueOf(4_321);

    private static final Wallet OWNER = Wallet.dev(4);
    private static final String HOLDER = Wallet.fresh(4).address();
    private static String token;
    private static JsonNode transferReceipt;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return NosEar.fromBuild();
    }

    @BeforeAll
    static void deployAndTransfer() throws IOException {
        JsonNode artifact;
        try (InputStream in = NosTokenIT.class.getResourceAsStream("/contracts/NosToken.json")) {
            artifact = NosNode.JSON.readTree(in);
        }
        long nonce = OWNER.pendingNonce();
        String data = artifact.get("bytecode").textValue() + word(SUPPLY);
        String deployHash = Chain.sendOk(OWNER.dynamicFee(Wallet.CHAIN_ID, nonce, Wallet.TIP, Wallet.FEE_CAP,
                BigInteger.valueOf(3_000_000), null, BigInteger.ZERO, data));
        JsonNode deployReceipt = Chain.awaitReceipt(deployHash, MINED);
        assertEquals("0x1", deployReceipt.get("status").textValue(), deployReceipt.toString());
        assertTrue(deployReceipt.get("to").isNull());
        token = deployReceipt.get("contractAddress").textValue();
        assertEquals(ContractUtils.generateContractAddress(OWNER.address(), BigInteger.valueOf(nonce)), token);
        assertEquals(artifact.get("deployedBytecode").textValue(),
                NosNode.result("eth_getCode", "[\"" + token + "\",\"latest\"]").textValue());
        JsonNode mint = deployReceipt.get("logs").get(0);
        assertEquals(TRANSFER_TOPIC, mint.get("topics").get(0).textValue());
        assertEquals("0x" + "00".repeat(32), mint.get("topics").get(1).textValue(), "minted from the zero address");

        String call = "0xa9059cbb" + word(Numeric.toBigInt(HOLDER)) + word(AMOUNT);
        String transferHash = Chain.sendOk(OWNER.dynamicFee(Wallet.CHAIN_ID, nonce + 1, Wallet.TIP, Wallet.FEE_CAP,
                BigInteger.valueOf(100_000), token, BigInteger.ZERO, call));
        transferReceipt = Chain.awaitReceipt(transferHash, MINED);
    }

    private static String word(BigInteger value) {
        return Numeric.toHexStringNoPrefixZeroPadded(value, 64);
    }

    private static String balanceSlot(String holder) {
        byte[] key = Numeric.hexStringToByteArray(word(Numeric.toBigInt(holder)) + word(BigInteger.ONE));
        return Hex.encode(Keccak256.hash(key));
    }

    @Test
    void transferEmitsTheTransferEvent() {
        assertEquals("0x1", transferReceipt.get("status").textValue());
        assertEquals(token, transferReceipt.get("to").textValue());
        JsonNode logs = transferReceipt.get("logs");
        assertEquals(1, logs.size());
        JsonNode log = logs.get(0);
        assertEquals(token, log.get("address").textValue());
        assertEquals(TRANSFER_TOPIC, log.get("topics").get(0).textValue());
        assertEquals("0x" + word(Numeric.toBigInt(OWNER.address())), log.get("topics").get(1).textValue());
        assertEquals("0x" + word(Numeric.toBigInt(HOLDER)), log.get("topics").get(2).textValue());
        assertEquals("0x" + word(AMOUNT), log.get("data").textValue());
        assertEquals(transferReceipt.get("transactionHash"), log.get("transactionHash"));
        assertEquals(transferReceipt.get("blockHash"), log.get("blockHash"));
        assertEquals(transferReceipt.get("blockNumber"), log.get("blockNumber"));
        assertEquals(transferReceipt.get("transactionIndex"), log.get("transactionIndex"));
        assertFalse(log.get("removed").booleanValue());
        assertFalse(transferReceipt.get("logsBloom").textValue().matches("0x0*"), "the bloom has the log");
        JsonNode block = NosNode.block(NosNode.quantity(transferReceipt.get("blockNumber")));
        assertFalse(block.get("logsBloom").textValue().matches("0x0*"), "the block's bloom has the log");
    }

    @Test
    void balancesThroughEthCallAndStorage() {
        String block = transferReceipt.get("blockNumber").textValue();
        String holderSlot = balanceSlot(HOLDER);
        assertEquals("0x" + word(AMOUNT), NosNode.result("eth_getStorageAt", "[\"" + token + "\",\"" + holderSlot + "\",\"" + block + "\"]").textValue());
        assertEquals("0x" + word(SUPPLY.subtract(AMOUNT)),
                NosNode.result("eth_getStorageAt", "[\"" + token + "\",\"" + balanceSlot(OWNER.address()) + "\",\"" + block + "\"]").textValue());
        assertEquals("0x" + word(SUPPLY), NosNode.result("eth_getStorageAt", "[\"" + token + "\",\"0x0\",\"" + block + "\"]").textValue(), "totalSupply at slot 0");
        String balanceOf = "0x70a08231" + word(Numeric.toBigInt(HOLDER));
        assertEquals("0x" + word(AMOUNT), NosNode.result("eth_call",
                "[{\"to\":\"" + token + "\",\"data\":\"" + balanceOf + "\"},\"" + block + "\"]").textValue());
        long before = NosNode.quantity(transferReceipt.get("blockNumber")) - 1;
        assertEquals("0x" + word(BigInteger.ZERO), NosNode.result("eth_getStorageAt",
                "[\"" + token + "\",\"" + holderSlot + "\",\"" + Chain.hex(before) + "\"]").textValue(), "historical state before the transfer");
    }

    @Test
    void proofsVerifyAgainstTheStateRoot() {
        long number = NosNode.quantity(transferReceipt.get("blockNumber"));
        Hash stateRoot = Hash.fromHex(NosNode.block(number).get("stateRoot").textValue());
        String holderSlot = balanceSlot(HOLDER);
        String absentSlot = "0x" + "77".repeat(32);
        JsonNode proof = NosNode.result("eth_getProof", "[\"" + token + "\",[\"" + holderSlot + "\",\"" + absentSlot + "\"],\"" + Chain.hex(number) + "\"]");
        AccountState account = verifiedAccount(stateRoot, token, proof).orElseThrow();
        assertEquals(Chain.quantity(proof.get("nonce")).longValueExact(), account.nonce());
        assertEquals(1, account.nonce(), "a contract starts at nonce 1");
        assertEquals(proof.get("balance").textValue(), account.balance().toQuantity());
        assertEquals(proof.get("codeHash").textValue(), account.codeHash().toHex());
        assertEquals(Hex.encode(Keccak256.hash(Numeric.hexStringToByteArray(
                NosNode.result("eth_getCode", "[\"" + token + "\",\"" + Chain.hex(number) + "\"]").textValue()))), account.codeHash().toHex());
        assertEquals(proof.get("storageHash").textValue(), account.storageRoot().toHex());

        JsonNode present = proof.get("storageProof").get(0);
        assertEquals(Chain.hex(AMOUNT.longValueExact()), present.get("value").textValue());
        Optional<Bytes> slotValue = MerklePatriciaTrie.verifyProof(account.storageRoot(),
                Keccak256.hash(Numeric.hexStringToByteArray(holderSlot)), nodes(present.get("proof")));
        assertEquals(AMOUNT, new BigInteger(1, RlpReader.of(slotValue.orElseThrow().toArray()).readBytes()));
        JsonNode absent = proof.get("storageProof").get(1);
        assertEquals("0x0", absent.get("value").textValue());
        assertTrue(MerklePatriciaTrie.verifyProof(account.storageRoot(), Keccak256.hash(Numeric.hexStringToByteArray(absentSlot)),
                nodes(absent.get("proof"))).isEmpty(), "the proof shows the slot is empty");

        JsonNode eoa = NosNode.result("eth_getProof", "[\"" + OWNER.address() + "\",[],\"" + Chain.hex(number) + "\"]");
        AccountState owner = verifiedAccount(stateRoot, OWNER.address(), eoa).orElseThrow();
        assertEquals(Chain.balance(OWNER.address(), number), owner.balance().toBigInteger());
        assertEquals(Hash.EMPTY_TRIE, owner.storageRoot());
        assertEquals(Hash.EMPTY_CODE, owner.codeHash());

        String nobody = Wallet.fresh(44).address();
        JsonNode none = NosNode.result("eth_getProof", "[\"" + nobody + "\",[],\"" + Chain.hex(number) + "\"]");
        assertTrue(verifiedAccount(stateRoot, nobody, none).isEmpty(), "absence is proven");
        assertEquals("0x0", none.get("balance").textValue());
        assertEquals(Hash.EMPTY_CODE.toHex(), none.get("codeHash").textValue());
        assertEquals(Hash.EMPTY_TRIE.toHex(), none.get("storageHash").textValue());
    }

    /** The account the proof shows under {@code stateRoot}, or empty when it proves the account absent. */
    private static Optional<AccountState> verifiedAccount(Hash stateRoot, String address, JsonNode proof) {
        assertEquals(address, proof.get("address").textValue());
        return MerklePatriciaTrie.verifyProof(stateRoot, Keccak256.hash(Numeric.hexStringToByteArray(address)),
                nodes(proof.get("accountProof"))).map(rlp -> AccountState.decode(rlp.toArray()));
    }

    private static List<Bytes> nodes(JsonNode array) {
        List<Bytes> out = new ArrayList<>();
        for (JsonNode n : array) out.add(Bytes.wrap(Numeric.hexStringToByteArray(n.textValue())));
        return out;
    }
}
