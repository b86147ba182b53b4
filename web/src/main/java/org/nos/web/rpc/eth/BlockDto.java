package org.nos.web.rpc.eth;

import java.util.List;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.StoredTransaction;
import org.nos.protocol.block.BlockHeader;
import org.nos.web.rpc.Quantity;

/** A block as eth_getBlockByNumber and eth_getBlockByHash return it, with every field geth returns. */
public record BlockDto(
        String number,
        String hash,
        String parentHash,
        String nonce,
        String sha3Uncles,
        String logsBloom,
        String transactionsRoot,
        String stateRoot,
        String receiptsRoot,
        String miner,
        String difficulty,
        String totalDifficulty,
        String extraData,
        String size,
        String gasLimit,
        String gasUsed,
        String timestamp,
        List<Object> transactions,
        List<String> uncles,
        String baseFeePerGas,
        String withdrawalsRoot,
        List<Object> withdrawals,
        String blobGasUsed,
        String excessBlobGas,
        String parentBeaconBlockRoot,
        String mixHash) {

    /** The DTO of an empty block. */
    public static BlockDto of(ChainBlock block, boolean fullTransactions) {
        return of(block, fullTransactions, List.of());
    }

    /** The DTO of {@code block}; {@code fullTransactions} chooses transaction objects over hashes. */
    public static BlockDto of(ChainBlock block, boolean fullTransactions, List<StoredTransaction> transactions) {
        List<Object> txs = new java.util.ArrayList<>(transactions.size());
        for (StoredTransaction t : transactions) txs.add(fullTransactions ? TransactionDto.of(t) : t.tx().hash().toHex());
        BlockHeader h = block.header();
        return new BlockDto(
                Quantity.of(h.number()),
                block.hash().toHex(),
                h.parentHash().toHex(),
                h.nonce().toHex(),
                h.ommersHash().toHex(),
                h.logsBloom().toHex(),
                h.transactionsRoot().toHex(),
                h.stateRoot().toHex(),
                h.receiptsRoot().toHex(),
                h.coinbase().toHex(),
                Quantity.of(h.difficulty()),
                "0x0",
                h.extraData().toHex(),
                Quantity.of(block.size()),
                Quantity.of(h.gasLimit()),
                Quantity.of(h.gasUsed()),
                Quantity.of(h.timestamp()),
                txs,
                List.of(),
                h.baseFeePerGas() == null ? null : Quantity.of(h.baseFeePerGas()),
                h.withdrawalsRoot() == null ? null : h.withdrawalsRoot().toHex(),
                List.of(),
                h.blobGasUsed() == null ? null : Quantity.of(h.blobGasUsed()),
                h.excessBlobGas() == null ? null : Quantity.of(h.excessBlobGas()),
                h.parentBeaconBlockRoot() == null ? null : h.parentBeaconBlockRoot().toHex(),
                h.mixHash().toHex());
    }
}
