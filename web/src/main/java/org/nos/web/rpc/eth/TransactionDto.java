package org.nos.web.rpc.eth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigInteger;
import java.util.List;
import org.nos.ejb.chain.StoredTransaction;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.AccessListEntry;
import org.nos.protocol.tx.AccessListTransaction;
import org.nos.protocol.tx.BlobTransaction;
import org.nos.protocol.tx.DepositTransaction;
import org.nos.protocol.tx.DynamicFeeTransaction;
import org.nos.protocol.tx.LegacyTransaction;
import org.nos.protocol.tx.Transaction;
import org.nos.web.rpc.Quantity;

/**
 * A transaction as geth's {@code RPCTransaction} renders it: the fields of its type only (absent ones are left
 * out), with {@code blockHash}, {@code blockNumber}, {@code transactionIndex} and {@code to} always present
 * (null while pending, null {@code to} for a creation).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionDto(
        @JsonInclude(JsonInclude.Include.ALWAYS) String blockHash,
        @JsonInclude(JsonInclude.Include.ALWAYS) String blockNumber,
        String from,
        String gas,
        String gasPrice,
        String maxFeePerGas,
        String maxPriorityFeePerGas,
        String maxFeePerBlobGas,
        String hash,
        String input,
        String nonce,
        @JsonInclude(JsonInclude.Include.ALWAYS) String to,
        @JsonInclude(JsonInclude.Include.ALWAYS) String transactionIndex,
        String value,
        String type,
        List<AccessEntryDto> accessList,
        String chainId,
        List<String> blobVersionedHashes,
        String v,
        String r,
        String s,
        String yParity,
        String sourceHash,
        String mint,
        Boolean isSystemTx,
        String depositReceiptVersion) {

    /** One access list entry. */
    public record AccessEntryDto(String address, List<String> storageKeys) {
        static List<AccessEntryDto> of(List<AccessListEntry> list) {
            return list.stream().map(e -> new AccessEntryDto(e.address().toHex(),
                    e.storageKeys().stream().map(Hash::toHex).toList())).toList();
        }
    }

    public static TransactionDto of(StoredTransaction stored) {
        Transaction tx = stored.tx();
        String blockHash = stored.blockHash() == null ? null : stored.blockHash().toHex();
        String blockNumber = stored.blockHash() == null ? null : Quantity.of(stored.blockNumber());
        String index = stored.blockHash() == null ? null : Quantity.of(stored.index());
        String to = tx.to() == null ? null : tx.to().toHex();
        String chainId = tx.chainId().isPresent() ? Quantity.of(tx.chainId().getAsLong()) : null;
        // geth: gasPrice of a mined dynamic-fee tx is its effective price; of a pending one the fee cap
        Wei price = stored.effectiveGasPrice() != null ? stored.effectiveGasPrice() : tx.maxFeePerGas();
        String gasPrice = price.toQuantity();
        String from = stored.from().toHex();
        String gas = Quantity.of(tx.gasLimit());
        String input = tx.data().toHex();
        String nonce = Quantity.of(tx.nonce());
        String value = tx.value().toQuantity();
        String type = Quantity.of(tx.type().code());
        String hash = tx.hash().toHex();
        if (tx instanceof LegacyTransaction t) {
            return new TransactionDto(blockHash, blockNumber, from, gas, t.gasPrice().toQuantity(),
                    null, null, null, hash, input, nonce, to, index, value, type, null, chainId, null,
                    Quantity.of(t.v()), q(t.r()), q(t.s()), null, null, null, null, null);
        }
        if (tx instanceof AccessListTransaction t) {
            return new TransactionDto(blockHash, blockNumber, from, gas,
                    t.gasPrice().toQuantity(), null, null, null, hash, input, nonce, to, index, value, type,
                    AccessEntryDto.of(t.accessList()), chainId, null, Quantity.of(t.yParity()), q(t.r()), q(t.s()),
                    Quantity.of(t.yParity()), null, null, null, null);
        }
        if (tx instanceof DynamicFeeTransaction t) {
            return new TransactionDto(blockHash, blockNumber, from, gas, gasPrice,
                    t.maxFeePerGas().toQuantity(), t.maxPriorityFeePerGas().toQuantity(), null, hash, input, nonce, to,
                    index, value, type, AccessEntryDto.of(t.accessList()), chainId, null, Quantity.of(t.yParity()),
                    q(t.r()), q(t.s()), Quantity.of(t.yParity()), null, null, null, null);
        }
        if (tx instanceof BlobTransaction t) {
            return new TransactionDto(blockHash, blockNumber, from, gas, gasPrice,
                    t.maxFeePerGas().toQuantity(), t.maxPriorityFeePerGas().toQuantity(),
                    t.maxFeePerBlobGas().toQuantity(), hash, input, nonce, to, index, value, type,
                    AccessEntryDto.of(t.accessList()), chainId, t.blobVersionedHashes().stream().map(Hash::toHex).toList(),
                    Quantity.of(t.yParity()), q(t.r()), q(t.s()), Quantity.of(t.yParity()), null, null, null, null);
        }
        DepositTransaction t = (DepositTransaction) tx;
        return new TransactionDto(blockHash, blockNumber, from, gas, "0x0", null, null, null,
                hash, input, nonce, to, index, value, type, null, null, null, "0x0", "0x0", "0x0", null,
                t.sourceHash().toHex(), t.mint().toQuantity(), t.isSystemTx() ? Boolean.TRUE : null, "0x1");
    }

    private static String q(BigInteger value) {
        return Quantity.of(value);
    }
}
