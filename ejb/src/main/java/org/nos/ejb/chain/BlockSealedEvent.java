package org.nos.ejb.chain;

import java.util.List;

/** Fired (CDI, synchronously) after a block's JTA transaction has committed and the head has moved. */
public record BlockSealedEvent(ChainBlock block, List<StoredTransaction> transactions, List<StoredReceipt> receipts) {

    public BlockSealedEvent {
        transactions = List.copyOf(transactions);
        receipts = List.copyOf(receipts);
    }
}
