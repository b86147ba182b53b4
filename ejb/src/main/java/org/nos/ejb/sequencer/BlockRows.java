package org.nos.ejb.sequencer;

import java.util.ArrayList;
import java.util.List;
import org.nos.ejb.chain.ChainBlock;
import org.nos.ejb.chain.StoredLog;
import org.nos.ejb.chain.StoredReceipt;
import org.nos.ejb.chain.StoredTransaction;
import org.nos.evm.block.BlockResult;
import org.nos.jpa.tx.LogRow;
import org.nos.jpa.tx.TransactionRow;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Wei;
import org.nos.protocol.block.BlockHeader;
import org.nos.protocol.block.Log;
import org.nos.protocol.block.Receipt;
import org.nos.protocol.tx.Transaction;

/**
 * A built block's transactions and receipts as the tables store them ({@code rows}, {@code logRows}) and as the
 * readers of recent blocks see them ({@code transactions}, {@code receipts}).
 */
record BlockRows(List<TransactionRow> rows, List<LogRow> logRows, List<StoredTransaction> transactions,
        List<StoredReceipt> receipts) {

    static BlockRows of(ChainBlock sealed, BlockResult result) {
        return of(sealed, result, sealed.number());
    }

    /** The rows as if the block had number {@code number} (the storage rehearsal's, which no real block has). */
    static BlockRows of(ChainBlock sealed, BlockResult result, long number) {
        BlockHeader header = sealed.header();
        List<Transaction> included = result.block().transactions();
        List<TransactionRow> rows = new ArrayList<>(included.size());
        List<LogRow> logRows = new ArrayList<>();
        List<StoredTransaction> transactions = new ArrayList<>(included.size());
        List<StoredReceipt> receipts = new ArrayList<>(included.size());
        Wei baseFee = Wei.of(header.baseFeePerGas());
        long previousCumulative = 0;
        int logIndex = 0;
        for (int i = 0; i < included.size(); i++) {
            Transaction tx = included.get(i);
            Receipt receipt = result.receipts().get(i);
            Address from = tx.sender();
            Wei price = tx.effectiveGasPrice(baseFee);
            long gasUsed = receipt.cumulativeGasUsed() - previousCumulative;
            previousCumulative = receipt.cumulativeGasUsed();
            Address contract = tx.isContractCreation() ? Address.contractAddress(from, tx.nonce()) : null;
            List<StoredLog> logs = new ArrayList<>(receipt.logs().size());
            for (Log log : receipt.logs()) {
                logs.add(new StoredLog(log.address(), log.topics(), log.data(), number, sealed.hash(), tx.hash(), i, logIndex));
                logRows.add(new LogRow(number, logIndex, sealed.hash(), tx.hash(), i, log.address(), log.topics(), log.data()));
                logIndex++;
            }
            rows.add(new TransactionRow(tx.hash(), number, i, from, tx.encoded(), receipt.success(),
                    receipt.cumulativeGasUsed(), gasUsed, price, contract, receipt.depositNonce()));
            transactions.add(new StoredTransaction(tx, from, sealed.hash(), number, i, price));
            receipts.add(new StoredReceipt(tx.hash(), i, sealed.hash(), number, from, tx.to(), contract,
                    gasUsed, receipt.cumulativeGasUsed(), price, receipt.success(), tx.type().code(), logs,
                    Bytes.wrap(receipt.bloom().toArray()), receipt.depositNonce()));
        }
        return new BlockRows(rows, logRows, transactions, receipts);
    }
}
