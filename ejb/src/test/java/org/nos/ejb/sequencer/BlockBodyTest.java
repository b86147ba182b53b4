package org.nos.ejb.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Wei;
import org.nos.protocol.crypto.PrivateKey;
import org.nos.protocol.tx.DynamicFeeTransaction;
import org.nos.protocol.tx.LegacyTransaction;
import org.nos.protocol.tx.Transaction;

/** The stored form of a block's transactions, from which a start after a crash executes the block again. */
class BlockBodyTest {
    private static final PrivateKey KEY = PrivateKey.fromHex("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    private static final Address TO = Address.fromHex("0x00000000000000000000000000000000000000aa");

    @Test
    void transactionsOfEveryTypeComeBackInOrder() {
        List<Transaction> txs = List.of(
                LegacyTransaction.unsigned(0, Wei.of(2_000_000_000L), 21_000, TO, Wei.of(1), Bytes.EMPTY).sign(KEY, 901),
                DynamicFeeTransaction.unsigned(901, 1, Wei.of(1), Wei.of(3_000_000_000L), 60_000, null, Wei.ZERO,
                        Bytes.fromHex("0x6000600055"), List.of()).sign(KEY),
                LegacyTransaction.unsigned(2, Wei.of(2_000_000_000L), 21_000, TO, Wei.ZERO, Bytes.EMPTY).sign(KEY, 901));
        List<Transaction> decoded = BlockBody.decode(BlockBody.encode(txs));
        assertEquals(txs.stream().map(Transaction::hash).toList(), decoded.stream().map(Transaction::hash).toList());
        assertEquals(KEY.address(), decoded.get(1).sender());
    }

    @Test
    void anEmptyBlockHasAnEmptyList() {
        assertEquals(List.of(), BlockBody.decode(BlockBody.encode(List.of())));
    }
}
