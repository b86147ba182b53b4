package org.nos.protocol.block;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nos.protocol.base.Hash;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.rlp.RlpException;
import org.nos.protocol.rlp.RlpReader;
import org.nos.protocol.trie.TrieRoots;
import org.nos.protocol.tx.Transaction;
import org.nos.protocol.tx.TransactionType;

/**
 * A block: {@code rlp([header, transactions, ommers, withdrawals?])}. In the body, legacy transactions are RLP
 * lists and typed ones are byte strings holding their EIP-2718 bytes. {@code withdrawals} is null before
 * Shanghai, when the body has three items.
 */
public record Block(BlockHeader header, List<Transaction> transactions, List<BlockHeader> ommers,
        List<Withdrawal> withdrawals) {

    public Block {
        Objects.requireNonNull(header, "header");
        transactions = List.copyOf(transactions);
        ommers = List.copyOf(ommers);
        withdrawals = withdrawals == null ? null : List.copyOf(withdrawals);
    }

    public Hash hash() {
        return header.hash();
    }

    /** The root of this block's transactions, to compare with {@code header().transactionsRoot()}. */
    public Hash computeTransactionsRoot() {
        List<byte[]> encoded = new ArrayList<>(transactions.size());
        for (Transaction tx : transactions) encoded.add(tx.encoded());
        return TrieRoots.ordered(encoded);
    }

    /** The root of this block's withdrawals (the empty root when there are none or before Shanghai). */
    public Hash computeWithdrawalsRoot() {
        List<byte[]> encoded = new ArrayList<>();
        if (withdrawals != null) for (Withdrawal w : withdrawals) encoded.add(w.encode());
        return TrieRoots.ordered(encoded);
    }

    public byte[] encode() {
        byte[][] txs = new byte[transactions.size()][];
        for (int i = 0; i < txs.length; i++) {
            Transaction tx = transactions.get(i);
            txs[i] = tx.type() == TransactionType.LEGACY ? tx.encoded() : Rlp.encodeBytes(tx.encoded());
        }
        byte[][] uncles = new byte[ommers.size()][];
        for (int i = 0; i < uncles.length; i++) uncles[i] = ommers.get(i).encode();
        if (withdrawals == null) {
            return Rlp.encodeList(header.encode(), Rlp.encodeList(txs), Rlp.encodeList(uncles));
        }
        byte[][] ws = new byte[withdrawals.size()][];
        for (int i = 0; i < ws.length; i++) ws[i] = withdrawals.get(i).encode();
        return Rlp.encodeList(header.encode(), Rlp.encodeList(txs), Rlp.encodeList(uncles), Rlp.encodeList(ws));
    }

    /** Strictly decodes the block that is all of {@code rlp}. */
    public static Block decode(byte[] rlp) {
        RlpReader body = RlpReader.ofList(rlp);
        BlockHeader header = BlockHeader.decode(body.readList());
        RlpReader txList = body.readList();
        List<Transaction> txs = new ArrayList<>();
        while (txList.hasNext()) txs.add(Transaction.decodeFromBlock(txList));
        RlpReader ommerList = body.readList();
        List<BlockHeader> ommers = new ArrayList<>();
        while (ommerList.hasNext()) ommers.add(BlockHeader.decode(ommerList.readList()));
        List<Withdrawal> withdrawals = null;
        if (body.hasNext()) {
            RlpReader wList = body.readList();
            withdrawals = new ArrayList<>();
            while (wList.hasNext()) withdrawals.add(Withdrawal.decode(wList));
        }
        body.requireEnd();
        if ((withdrawals == null) != (header.withdrawalsRoot() == null)) {
            throw new RlpException("a block has withdrawals exactly when its header has a withdrawals root");
        }
        return new Block(header, txs, ommers, withdrawals);
    }
}
