package org.nos.ejb.sequencer;

import java.util.ArrayList;
import java.util.List;
import org.nos.protocol.rlp.Rlp;
import org.nos.protocol.rlp.RlpReader;
import org.nos.protocol.tx.Transaction;

/** A block's transactions as {@code nos_block_body} stores them: the RLP list of their encodings, in block order. */
final class BlockBody {
    private BlockBody() {
    }

    static byte[] encode(List<Transaction> transactions) {
        List<byte[]> items = new ArrayList<>(transactions.size());
        for (Transaction tx : transactions) items.add(Rlp.encodeBytes(tx.encoded()));
        return Rlp.encodeList(items);
    }

    static List<Transaction> decode(byte[] body) {
        RlpReader reader = RlpReader.ofList(body);
        List<Transaction> transactions = new ArrayList<>();
        while (reader.hasNext()) transactions.add(Transaction.decode(reader.readBytes()));
        return transactions;
    }
}
