package org.nos.arquillian.sequencer;

import java.math.BigInteger;
import org.nos.arquillian.NosNode;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/** A dev account (README's table) that signs transactions with web3j for chain 42213. */
final class Wallet {
    static final long CHAIN_ID = 42213;
    /** 0.1 gwei: a tip the SequencerFeeVault can be checked for. */
    static final BigInteger TIP = BigInteger.valueOf(100_000_000L);
    /** 3 gwei: well above the 1 gwei floor of the base fee. */
    static final BigInteger FEE_CAP = BigInteger.valueOf(3_000_000_000L);
    static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);

    private static final String[] DEV_KEYS = {
        "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
        "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
        "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
        "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
        "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
        "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
        "0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
        "0x4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
        "0xdbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
        "0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
    };

    final Credentials credentials;

    private Wallet(Credentials credentials) {
        this.credentials = credentials;
    }

    static Wallet dev(int index) {
        return new Wallet(Credentials.create(DEV_KEYS[index]));
    }

    /** A key nobody funded. */
    static Wallet fresh(long seed) {
        return new Wallet(Credentials.create(Numeric.toHexStringWithPrefixZeroPadded(BigInteger.valueOf(seed).add(BigInteger.TWO.pow(200)), 64)));
    }

    String address() {
        return credentials.getAddress();
    }

    long pendingNonce() {
        return NosNode.quantity(NosNode.result("eth_getTransactionCount", "[\"" + address() + "\",\"pending\"]"));
    }

    long latestNonce() {
        return NosNode.quantity(NosNode.result("eth_getTransactionCount", "[\"" + address() + "\",\"latest\"]"));
    }

    /** An EIP-1559 transfer with the default fees. */
    String transfer(long nonce, String to, BigInteger value) {
        return dynamicFee(CHAIN_ID, nonce, TIP, FEE_CAP, TRANSFER_GAS, to, value, "");
    }

    String dynamicFee(long chainId, long nonce, BigInteger tip, BigInteger feeCap, BigInteger gas, String to,
            BigInteger value, String data) {
        RawTransaction tx = RawTransaction.createTransaction(chainId, BigInteger.valueOf(nonce), gas, to, value, data, tip, feeCap);
        return Numeric.toHexString(TransactionEncoder.signMessage(tx, credentials));
    }

    /** A legacy transaction, EIP-155 protected for {@code chainId}, or unprotected (v = 27/28) when null. */
    String legacy(Long chainId, long nonce, BigInteger gasPrice, BigInteger gas, String to, BigInteger value) {
        RawTransaction tx = RawTransaction.createTransaction(BigInteger.valueOf(nonce), gasPrice, gas, to, value, "");
        byte[] signed = chainId == null ? TransactionEncoder.signMessage(tx, credentials)
                : TransactionEncoder.signMessage(tx, chainId, credentials);
        return Numeric.toHexString(signed);
    }
}
