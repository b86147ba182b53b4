package org.nos.web.rpc.eth;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.nos.ejb.chain.StoredReceipt;
import org.nos.web.rpc.Quantity;

/** A receipt as geth's eth_getTransactionReceipt renders it ({@code to} and {@code contractAddress} always present). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReceiptDto(
        String transactionHash,
        String transactionIndex,
        String blockHash,
        String blockNumber,
        String from,
        @JsonInclude(JsonInclude.Include.ALWAYS) String to,
        String cumulativeGasUsed,
        String gasUsed,
        @JsonInclude(JsonInclude.Include.ALWAYS) String contractAddress,
        List<LogDto> logs,
        String logsBloom,
        String status,
        String effectiveGasPrice,
        String type,
        String depositNonce,
        String depositReceiptVersion) {

    public static ReceiptDto of(StoredReceipt r) {
        return new ReceiptDto(r.transactionHash().toHex(), Quantity.of(r.transactionIndex()), r.blockHash().toHex(),
                Quantity.of(r.blockNumber()), r.from().toHex(), r.to() == null ? null : r.to().toHex(),
                Quantity.of(r.cumulativeGasUsed()), Quantity.of(r.gasUsed()),
                r.contractAddress() == null ? null : r.contractAddress().toHex(),
                r.logs().stream().map(LogDto::of).toList(), r.logsBloom().toHex(), r.success() ? "0x1" : "0x0",
                r.effectiveGasPrice().toQuantity(), Quantity.of(r.type()),
                r.depositNonce() == null ? null : Quantity.of(r.depositNonce()),
                r.depositNonce() == null ? null : "0x1");
    }
}
