package org.nos.web.rpc.eth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.ChainQueries;
import org.nos.ejb.chain.StoredTransaction;
import org.nos.ejb.execution.CallService;
import org.nos.ejb.state.AccountProof;
import org.nos.ejb.state.StateQueries;
import org.nos.ejb.txpool.TxPoolService;
import org.nos.evm.Word;
import org.nos.evm.state.StateStore;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.state.AccountState;
import org.nos.rollup.txpool.TxPoolException;
import org.nos.web.rpc.RpcException;
import org.nos.ejb.config.NodeSettings;
import org.nos.web.rpc.Quantity;
import org.nos.web.rpc.RpcMethod.InMemoryCondition;
import org.nos.web.rpc.RpcMethodRegistry;
import org.nos.web.rpc.RpcNamespace;
import org.nos.web.rpc.RpcParams;

/** The chain and state methods of eth_: blocks, transactions, receipts, accounts, proofs, eth_sendRawTransaction. */
@ApplicationScoped
public class EthNamespace implements RpcNamespace {

    @Inject
    ChainQueries chain;

    @Inject
    NodeSettings settings;

    @Inject
    StateQueries state;

    @Inject
    TxPoolService txPool;

    @Override
    public void register(RpcMethodRegistry registry) {
        String chainId = Quantity.of(settings.chainId());
        registry.registerInMemory("eth_chainId", params -> {
            params.atMost(0);
            return chainId;
        });
        registry.registerInMemory("eth_blockNumber", params -> {
            params.atMost(0);
            return Quantity.of(chain.head().number());
        });
        registry.registerInMemory("eth_getBlockByNumber", this::getBlockByNumber, InMemoryCondition.latestBlockAt(0).and(InMemoryCondition.notTrueAt(1)));
        registry.register("eth_getBlockByHash", this::getBlockByHash);
        // admission reads the in-memory pool and head state and appends to the pool's journal (one write to the OS
        // cache): answered on the IO thread, it saves the hand-off to a worker, about 0.1 ms of CPU a request
        registry.registerInMemory("eth_sendRawTransaction", this::sendRawTransaction);
        // the head state is in memory: at "latest" these answer on the IO thread
        registry.registerInMemory("eth_getBalance", params -> {
            params.atMost(2);
            AccountState a = stateAt(params, 1).account(address(params, 0));
            return a == null ? "0x0" : a.balance().toQuantity();
        }, InMemoryCondition.latestBlockAt(1));
        registry.registerInMemory("eth_getTransactionCount", this::getTransactionCount, InMemoryCondition.latestBlockAt(1));
        registry.registerInMemory("eth_getCode", params -> {
            params.atMost(2);
            StateStore state = stateAt(params, 1);
            AccountState a = state.account(address(params, 0));
            return a == null ? "0x" : state.code(a.codeHash()).toHex();
        }, InMemoryCondition.latestBlockAt(1));
        registry.register("eth_getStorageAt", params -> {
            params.atMost(3);
            Address address = address(params, 0);
            Word slot = slot(params, 1);
            return Hex.encode(stateAt(params, 2).storage(address, slot).toBytes());
        });
        registry.register("eth_getProof", this::getProof);
        registry.register("eth_getTransactionByHash", params -> {
            params.atMost(1);
            return chain.transaction(params.hash(0)).map(TransactionDto::of).orElse(null);
        });
        registry.register("eth_getTransactionByBlockHashAndIndex", params -> {
            params.atMost(2);
            int index = index(params, 1);
            return chain.byHash(params.hash(0)).map(b -> txAt(b.number(), index)).orElse(null);
        });
        registry.register("eth_getTransactionByBlockNumberAndIndex", params -> {
            params.atMost(2);
            return txAt(BlockTag.resolve(params.required(0), 0, chain), index(params, 1));
        });
        registry.register("eth_getTransactionReceipt", params -> {
            params.atMost(1);
            return chain.receipt(params.hash(0)).map(ReceiptDto::of).orElse(null);
        });
        registry.register("eth_getBlockReceipts", params -> {
            params.atMost(1);
            Optional<ChainBlock> block = blockOf(params.required(0));
            return block.map(b -> chain.blockReceipts(b.number()).stream().map(ReceiptDto::of).toList()).orElse(null);
        });
        registry.register("eth_getBlockTransactionCountByHash", params -> {
            params.atMost(1);
            return chain.byHash(params.hash(0)).map(b -> Quantity.of(chain.blockTransactions(b.number()).size())).orElse(null);
        });
        registry.register("eth_getBlockTransactionCountByNumber", params -> {
            params.atMost(1);
            return chain.byNumber(BlockTag.resolve(params.required(0), 0, chain))
                    .map(b -> Quantity.of(chain.blockTransactions(b.number()).size())).orElse(null);
        });
        registry.registerInMemory("eth_accounts", params -> {
            params.atMost(0);
            return List.of();
        });
        registry.registerInMemory("eth_syncing", params -> {
            params.atMost(0);
            return Boolean.FALSE;
        });
    }

    private Object sendRawTransaction(RpcParams params) throws RpcException {
        params.atMost(1);
        byte[] raw = bytes(params, 0);
        try {
            return txPool.submit(raw).toHex();
        } catch (TxPoolException e) {
            throw new RpcException(e.rpcCode(), e.getMessage());
        }
    }

    private Object getTransactionCount(RpcParams params) throws RpcException {
        params.atMost(2);
        Address address = address(params, 0);
        JsonNode tag = params.size() > 1 ? params.required(1) : null;
        if (tag != null && tag.isTextual() && "pending".equals(tag.textValue())) {
            return Quantity.of(txPool.pendingNonce(address));
        }
        AccountState a = stateAt(params, 1).account(address);
        return Quantity.of(a == null ? 0 : a.nonce());
    }

    private Object getProof(RpcParams params) throws RpcException {
        params.atMost(3);
        Address address = address(params, 0);
        JsonNode keys = params.required(1);
        if (!keys.isArray()) throw RpcException.invalidParams("invalid argument 1: expected an array of storage keys");
        List<Hash> storageKeys = new ArrayList<>();
        for (JsonNode key : keys) {
            if (!key.isTextual() || !Hex.isPrefixedHex(key.textValue()) || key.textValue().length() > 66) {
                throw RpcException.invalidParams("invalid argument 1: invalid storage key");
            }
            storageKeys.add(Hash.wrap(slotBytes(key.textValue())));
        }
        long number = blockNumber(params, 2);
        AccountProof proof = state.proof(address, storageKeys, number);
        return new ProofDto(address.toHex(), proof.accountProof().stream().map(Bytes::toHex).toList(),
                proof.balance().toQuantity(), proof.codeHash().toHex(), Quantity.of(proof.nonce()),
                proof.storageHash().toHex(), proof.storageProof().stream().map(p -> new ProofDto.StorageDto(
                        p.key().toHex(), Quantity.of(p.value().toBigInteger()),
                        p.proof().stream().map(Bytes::toHex).toList())).toList());
    }

    /** EIP-1186's answer. */
    public record ProofDto(String address, List<String> accountProof, String balance, String codeHash, String nonce,
            String storageHash, List<StorageDto> storageProof) {
        /** One slot's proof. */
        public record StorageDto(String key, String value, List<String> proof) {}
    }

    private TransactionDto txAt(long blockNumber, int index) {
        List<StoredTransaction> txs = chain.blockTransactions(blockNumber);
        return index < 0 || index >= txs.size() ? null : TransactionDto.of(txs.get(index));
    }

    private Optional<ChainBlock> blockOf(JsonNode param) throws RpcException {
        if (param.isTextual() && param.textValue().length() == 66) return chain.byHash(Hash.fromHex(param.textValue()));
        return chain.byNumber(BlockTag.resolve(param, 0, chain));
    }

    private long blockNumber(RpcParams params, int index) throws RpcException {
        long number = BlockParameter.resolve(params, index, chain);
        return number == CallService.PENDING ? chain.head().number() : number;
    }

    private StateStore stateAt(RpcParams params, int index) throws RpcException {
        long number = blockNumber(params, index);
        try {
            return state.at(number);
        } catch (IllegalArgumentException e) {
            throw new RpcException(BlockParameter.SERVER_ERROR, "header not found");
        }
    }

    private static Address address(RpcParams params, int index) throws RpcException {
        JsonNode node = params.required(index);
        String text = node.isTextual() ? node.textValue() : "";
        if (text.length() != 42 || !Hex.isPrefixedHex(text)) {
            throw RpcException.invalidParams("invalid argument " + index + ": hex string has length "
                    + Math.max(0, text.length() - 2) + ", want 40 for common.Address");
        }
        return Address.fromHex(text);
    }

    private static Word slot(RpcParams params, int index) throws RpcException {
        JsonNode node = params.required(index);
        String text = node.isTextual() ? node.textValue() : "";
        if (!Hex.isPrefixedHex(text) || text.length() > 66) {
            throw RpcException.invalidParams("invalid argument " + index + ": invalid storage key");
        }
        return Word.fromBytes(slotBytes(text));
    }

    private static byte[] slotBytes(String hex) {
        String digits = hex.substring(2);
        if (digits.length() % 2 == 1) digits = "0" + digits;
        byte[] value = Hex.decode("0x" + digits);
        byte[] out = new byte[32];
        System.arraycopy(value, 0, out, 32 - value.length, value.length);
        return out;
    }

    private static int index(RpcParams params, int i) throws RpcException {
        JsonNode node = params.required(i);
        if (!node.isTextual()) throw RpcException.invalidParams("invalid argument " + i + ": expected a hex index");
        long v = RpcParams.quantity(node.textValue(), i);
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    private static byte[] bytes(RpcParams params, int index) throws RpcException {
        JsonNode node = params.required(index);
        String text = node.isTextual() ? node.textValue() : null;
        if (text == null || !Hex.isPrefixedHex(text) || text.length() % 2 != 0) {
            throw RpcException.invalidParams("invalid argument " + index + ": expected 0x-prefixed hex bytes");
        }
        return Hex.decode(text);
    }

    private BlockDto getBlockByNumber(RpcParams params) throws org.nos.web.rpc.RpcException {
        params.atMost(2);
        long number = BlockTag.resolve(params.required(0), 0, chain);
        boolean full = params.optionalBoolean(1, false);
        return chain.byNumber(number).map(block -> BlockDto.of(block, full, chain.blockTransactions(block.number()))).orElse(null);
    }

    private BlockDto getBlockByHash(RpcParams params) throws org.nos.web.rpc.RpcException {
        params.atMost(2);
        var hash = params.hash(0);
        boolean full = params.optionalBoolean(1, false);
        return chain.byHash(hash).map(block -> BlockDto.of(block, full, chain.blockTransactions(block.number()))).orElse(null);
    }
}
