package org.nos.protocol.block;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.rlp.RlpException;
import org.nos.protocol.tx.TransactionType;

class ReceiptTest {
    private static final Log LOG = new Log(Address.fromHex("0x4200000000000000000000000000000000000010"),
            List.of(Hash.keccak("Event()".getBytes()), Hash.ZERO), Bytes.fromHex("0xdeadbeef"));

    @Test
    void legacyReceiptIsABareListTypedOnesArePrefixed() {
        Receipt legacy = Receipt.of(TransactionType.LEGACY, true, 21000, List.of());
        String hex = Hex.encode(legacy.encode());
        // f9 0108: a list of 264 bytes = 01 (status) + 825208 (21000) + b90100 and 256 zero bytes + c0 (no logs)
        assertEquals("0xf90108" + "01" + "825208" + "b90100" + "00".repeat(256) + "c0", hex);
        Receipt failed = Receipt.of(TransactionType.DYNAMIC_FEE, false, 50000, List.of(LOG));
        byte[] encoded = failed.encode();
        assertEquals(2, encoded[0]);
        assertEquals((byte) 0x80, encoded[4]); // status: the empty string after 02 f9 xx xx
        assertEquals(failed, Receipt.decode(encoded));
        assertEquals(legacy, Receipt.decode(legacy.encode()));
    }

    @Test
    void depositReceiptsCarryTheirNonce() {
        Receipt regolith = new Receipt(TransactionType.DEPOSIT, true, 70000, Bloom.EMPTY, List.of(), null, null);
        Receipt canyon = Receipt.deposit(true, 70000, List.of(LOG), 42);
        assertEquals(regolith, Receipt.decode(regolith.encode()));
        Receipt decoded = Receipt.decode(canyon.encode());
        assertEquals(canyon, decoded);
        assertEquals(42L, decoded.depositNonce());
        assertEquals(1L, decoded.depositNonceVersion());
        assertEquals(0x7E, canyon.encode()[0]);
        assertThrows(IllegalArgumentException.class,
                () -> new Receipt(TransactionType.LEGACY, true, 1, Bloom.EMPTY, List.of(), 1L, null));
    }

    @Test
    void rejectsMalformedReceipts() {
        assertThrows(RlpException.class, () -> Receipt.decode(new byte[0]));
        byte[] ok = Receipt.of(TransactionType.LEGACY, true, 21000, List.of()).encode();
        byte[] badStatus = ok.clone();
        badStatus[3] = 2;
        assertThrows(RlpException.class, () -> Receipt.decode(badStatus));
        byte[] trailing = java.util.Arrays.copyOf(ok, ok.length + 1);
        assertThrows(RlpException.class, () -> Receipt.decode(trailing));
    }

    @Test
    void logsHashOfNoLogsIsTheEmptyListHash() {
        assertEquals(Hash.fromHex("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347"),
                Log.logsHash(List.of()));
        assertEquals(LOG, Log.decode(org.nos.protocol.rlp.RlpReader.of(LOG.encode())));
    }
}
