package org.nos.protocol.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Hex;
import org.nos.protocol.base.Wei;

class WithdrawalTest {
    @Test
    void encodesAndDecodes() {
        Withdrawal w = new Withdrawal(0, 1, Address.fromHex("0x0000000000000000000000000000000000000100"), 2);
        assertEquals("0xd88001940000000000000000000000000000000000000100" + "02", Hex.encode(w.encode()));
        assertEquals(w, Withdrawal.decode(w.encode()));
        assertEquals(Wei.gwei(2), w.amount());
    }

    @Test
    void amountsAreUnsigned64Bit() {
        Withdrawal max = new Withdrawal(-1, -1, Address.ZERO, -1);
        assertEquals(max, Withdrawal.decode(max.encode()));
        assertEquals(Wei.parse("18446744073709551615000000000"), max.amount());
    }
}
