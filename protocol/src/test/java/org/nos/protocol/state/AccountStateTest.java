package org.nos.protocol.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;
import org.nos.protocol.rlp.RlpException;

class AccountStateTest {
    @Test
    void emptyAccountEncoding() {
        assertEquals("0xf8448080a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"
                + "a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
                Hex.encode(AccountState.EMPTY.encode()));
        assertTrue(AccountState.EMPTY.isEmpty());
    }

    @Test
    void roundTrips() {
        AccountState a = new AccountState(5, Wei.ether(3), Hash.keccak(new byte[] {1}), Hash.keccak(new byte[] {2}));
        assertEquals(a, AccountState.decode(a.encode()));
        assertFalse(a.isEmpty());
        assertTrue(a.hasCode());
        assertEquals(6, a.withNonce(6).nonce());
    }

    @Test
    void rejectsTrailingItemsAndLeadingZeros() {
        byte[] ok = AccountState.EMPTY.encode();
        byte[] extra = Hex.decode("0xf845808080" + Hex.encode(ok).substring(8));
        assertThrows(RlpException.class, () -> AccountState.decode(extra));
        byte[] zeroNonce = Hex.decode("0xf845810080" + Hex.encode(ok).substring(8));
        assertThrows(RlpException.class, () -> AccountState.decode(zeroNonce));
    }
}
