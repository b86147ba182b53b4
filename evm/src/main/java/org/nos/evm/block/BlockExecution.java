package org.nos.evm.block;

import java.util.ArrayList;
import java.util.List;
import org.nos.evm.Word;
import org.nos.evm.processor.BlockContext;
import org.nos.evm.processor.InvalidTransactionException;
import org.nos.evm.processor.TransactionProcessor;
import org.nos.evm.processor.TransactionResult;
import org.nos.evm.state.WorldState;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.block.Bloom;
import org.nos.protocol.block.Receipt;
import org.nos.protocol.block.Withdrawal;
import org.nos.protocol.chain.Eip4844;
import org.nos.protocol.tx.BlobTransaction;
import org.nos.protocol.tx.DepositTransaction;
import org.nos.protocol.tx.Transaction;

/**
 * One block being executed, shared by import and building: the EIP-4788 call, transactions one by one with
 * their receipts and running totals, then withdrawals. Not reusable: one instance per block.
 */
final class BlockExecution {
    /** EIP-4788's ring buffer of beacon roots. */
    static final Address BEACON_ROOTS_ADDRESS = Address.fromHex("0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02");

    private final TransactionProcessor processor;
    private final WorldState state;
    private final BlockContext context;
    private final long maxBlobGas;
    private final List<Transaction> transactions = new ArrayList<>();
    private final List<Receipt> receipts = new ArrayList<>();
    private long gasUsed;
    private long blobGasUsed;

    BlockExecution(TransactionProcessor processor, WorldState state, BlockContext context, long maxBlobGas) {
        this.processor = processor;
        this.state = state;
        this.context = context;
        this.maxBlobGas = maxBlobGas;
    }

    /** EIP-4788: store the parent beacon root through the system contract; nothing happens while it has no code. */
    void storeBeaconRoot(Hash parentBeaconBlockRoot) {
        if (state.getCodeSize(BEACON_ROOTS_ADDRESS) == 0) return;
        processor.systemCall(state, context, BEACON_ROOTS_ADDRESS, Bytes.wrap(parentBeaconBlockRoot.toArray()));
    }

    /**
     * Executes {@code tx} and records its receipt.
     *
     * @throws InvalidTransactionException when it cannot be included (then nothing changed)
     */
    void apply(Transaction tx) {
        long txBlobGas = tx instanceof BlobTransaction blob ? Eip4844.blobGas(blob.blobVersionedHashes().size()) : 0;
        if (blobGasUsed + txBlobGas > maxBlobGas) {
            throw new InvalidTransactionException("blob gas of the block would exceed " + maxBlobGas);
        }
        Long depositNonce = tx instanceof DepositTransaction d ? state.getNonce(d.from()) : null;
        TransactionResult r = processor.execute(state, context, tx, context.gasLimit() - gasUsed, null);
        gasUsed += r.gasUsed();
        blobGasUsed += r.blobGasUsed();
        Receipt receipt = depositNonce != null
                ? Receipt.deposit(r.success(), gasUsed, r.logs(), depositNonce)
                : Receipt.of(tx.type(), r.success(), gasUsed, r.logs());
        transactions.add(tx);
        receipts.add(receipt);
    }

    /** Credits each withdrawal (gwei to wei). A zero amount is no state change at all, so it touches nothing. */
    void withdraw(List<Withdrawal> withdrawals) {
        for (Withdrawal w : withdrawals) {
            if (w.amountGwei() != 0) state.addBalance(w.address(), Word.fromBigInteger(w.amount().toBigInteger()));
        }
    }

    List<Transaction> transactions() {
        return List.copyOf(transactions);
    }

    List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    long gasUsed() {
        return gasUsed;
    }

    long blobGasUsed() {
        return blobGasUsed;
    }

    Bloom bloom() {
        return Receipt.blockBloom(receipts);
    }

    Hash receiptsRoot() {
        return Receipt.root(receipts);
    }
}
