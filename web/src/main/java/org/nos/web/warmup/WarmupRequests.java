package org.nos.web.warmup;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.Keccak256;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.DynamicFeeTransaction;
import org.nos.protocol.tx.LegacyTransaction;
import org.nos.protocol.tx.Transaction;

/**
 * The JSON-RPC requests the warm-up sends, in the mix that wallets, SDKs and load tools send most: block number,
 * balance and nonce reads, alone and in batches, transaction sends, alone and in batches of 100, and a few calls
 * and block and receipt reads. None of them changes the chain or the pool: every transaction is signed by
 * {@link #KEY} and sends {@link #UNAFFORDABLE}, so the pool rejects it with {@code insufficient funds}, its last
 * check, after decoding it, recovering its sender and checking its chain id, gas, fees and nonce.
 */
final class WarmupRequests {
    /** keccak256("NOS JSON-RPC warm-up"): a key whose account no genesis or faucet funds. */
    static final PrivateKey KEY = PrivateKey.of(Keccak256.hash("NOS JSON-RPC warm-up".getBytes(StandardCharsets.US_ASCII)));
    /** 2^255 wei, more than any supply: no balance covers it. */
    static final Wei UNAFFORDABLE = Wei.of(BigInteger.ONE.shiftLeft(255));
    /** How many different transactions are signed: the sends cycle through them. */
    static final int TRANSACTIONS = 200;
    static final int BATCH = 100;
    /** Every how many rounds the rarer requests come. */
    static final int OCCASIONAL = 8;
    /** Every how many rounds a batch of sends comes. */
    static final int BATCHED = 16;
    /** Where the token-transfer transactions go: "TOKN" in ASCII, an address without code. */
    static final Address TOKEN = Address.fromHex("0x00000000000000000000000000000000544f4b4e");

    /**
     * The header lines a client sends with each request (Host among them), and how it spells Content-Length. Undertow
     * parses headers with a state machine generated per header name, and C2 profiles it with the names and spellings
     * it has seen. Imitating one client is not known to be too little: with curl's headers alone on every connection,
     * Node's fetch did not throw the parser's compiled code away; repeated requests did (see {@link #round}).
     */
    record ClientHeaders(List<String> lines, String contentLength) {
    }

    /** How many kinds of client {@link #clientHeaders} imitates. */
    static final int CLIENT_KINDS = 4;

    /**
     * The headers of client kind {@code kind}: Node's fetch (ethers in browsers and scripts, viem, the bench scripts),
     * wrk and curl, ethers' own fetch on node:http, and OkHttp (web3j).
     */
    static ClientHeaders clientHeaders(int kind, String hostPort) {
        return switch (Math.floorMod(kind, CLIENT_KINDS)) {
            case 0 -> new ClientHeaders(List.of("host: " + hostPort, "connection: keep-alive",
                    "content-type: application/json", "accept: */*", "accept-language: *", "sec-fetch-mode: cors",
                    "user-agent: node", "accept-encoding: gzip, deflate"), "content-length");
            case 1 -> new ClientHeaders(List.of("Host: " + hostPort, "User-Agent: curl/8.5.0", "Accept: */*",
                    "Content-Type: application/json"), "Content-Length");
            case 2 -> new ClientHeaders(List.of("accept: application/json", "content-type: application/json",
                    "user-agent: ethers/6.17.0", "accept-encoding: gzip", "Host: " + hostPort,
                    "Connection: keep-alive"), "Content-Length");
            default -> new ClientHeaders(List.of("Content-Type: application/json; charset=utf-8", "Host: " + hostPort,
                    "Connection: Keep-Alive", "Accept-Encoding: gzip", "User-Agent: okhttp/4.12.0"), "Content-Length");
        };
    }

    private final List<String> rawTransactions;
    private final String from;

    private WarmupRequests(List<String> rawTransactions) {
        this.rawTransactions = rawTransactions;
        this.from = KEY.address().toHex();
    }

    /**
     * Signs the transactions for the chain {@code chainId} at {@code gasPrice} (legacy transactions pay it; EIP-1559
     * ones take it as their fee cap and half of it as their tip): every other one an ETH transfer, the others an
     * ERC-20 {@code transfer(to, 1)}.
     */
    static WarmupRequests sign(long chainId, Wei gasPrice) {
        List<String> raw = new ArrayList<>(TRANSACTIONS);
        for (int i = 0; i < TRANSACTIONS; i++) {
            Address to = Address.fromHex(String.format("0x%040x", 0x57524d00L + i)); // "WRM" and a number
            Transaction tx = i % 2 == 0
                    ? LegacyTransaction.unsigned(i, gasPrice, 21_000, to, UNAFFORDABLE, Bytes.EMPTY).sign(KEY, chainId)
                    : DynamicFeeTransaction.unsigned(chainId, i, Wei.of(gasPrice.toBigInteger().shiftRight(1)),
                            gasPrice, 60_000, TOKEN, UNAFFORDABLE, tokenTransfer(to), List.of()).sign(KEY);
            raw.add(Hex.encode(tx.encoded()));
        }
        return new WarmupRequests(raw);
    }

    /**
     * Round {@code r} of requests: three eth_blockNumber, three eth_getBalance and three single sends, and a batch
     * of eight nonce reads; every {@value #OCCASIONAL}th round also the chain id, gas price, latest block, a receipt, a
     * call and a gas estimate; every {@value #BATCHED}th round also a batch of {@value #BATCH} sends. The sends take
     * different transactions round by round.
     *
     * <p>The reads come in runs of one length, as a client's polls do. A request that repeats the one before on its
     * connection reaches the end of its head on another branch of Undertow's parser (its per-connection cache of
     * header values, it seems); while the warm-up alternated lengths, C2 left that branch out, and the first client
     * that polled threw the parser back to the JIT's first tiers for some ten seconds.
     */
    List<byte[]> round(int r) {
        List<String> requests = new ArrayList<>(20);
        for (int i = 0; i < 3; i++) requests.add(request(i, "eth_blockNumber", ""));
        for (int i = 0; i < 3; i++) requests.add(request(i, "eth_getBalance", quote(from) + ",\"latest\""));
        for (int i = 0; i < 3; i++) requests.add(request(i, "eth_sendRawTransaction", quote(transaction(r * 3 + i))));
        requests.add(batch(8, i -> request(i, "eth_getTransactionCount", quote(from) + ",\"latest\"")));
        if (r % OCCASIONAL == OCCASIONAL - 1) {
            requests.add(request(5, "eth_getTransactionCount", quote(from) + ",\"pending\""));
            requests.add(request(6, "eth_chainId", ""));
            requests.add(request(7, "eth_gasPrice", ""));
            requests.add(request(8, "eth_getBlockByNumber", "\"latest\",false"));
            requests.add(request(9, "eth_getTransactionReceipt", quote(Hex.encode(Keccak256.hash(Hex.decode(transaction(r)))))));
            requests.add(request(10, "eth_call", "{\"to\":" + quote(TOKEN.toHex()) + ",\"data\":\"0x70a08231\"},\"latest\""));
            requests.add(request(11, "eth_estimateGas", "{\"from\":" + quote(from) + ",\"to\":" + quote(TOKEN.toHex()) + "}"));
        }
        if (r % BATCHED == BATCHED - 1) {
            requests.add(batch(BATCH, i -> request(i, "eth_sendRawTransaction", quote(transaction(r * BATCH + i)))));
        }
        return requests.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    }

    private String transaction(int n) {
        return rawTransactions.get(Math.floorMod(n, rawTransactions.size()));
    }

    private static String request(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":[" + params + "]}";
    }

    private static String batch(int size, java.util.function.IntFunction<String> request) {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < size; i++) batch.append(i == 0 ? "" : ",").append(request.apply(i));
        return batch.append(']').toString();
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    /** Calldata of ERC-20 {@code transfer(to, 1)}. */
    private static Bytes tokenTransfer(Address to) {
        return Bytes.fromHex("0xa9059cbb" + "0".repeat(24) + to.toHex().substring(2) + "0".repeat(63) + "1");
    }
}
