package org.nos.rollup.genesis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nos.protocol.crypto.PrivateKey;

class DevAccountTest {

    @Test
    void tenAccountsInDerivationOrder() {
        assertEquals(10, DevAccount.ALL.size());
        for (int i = 0; i < 10; i++) assertEquals(i, DevAccount.ALL.get(i).index());
    }

    @Test
    void eachPrivateKeyControlsItsAddress() {
        for (DevAccount account : DevAccount.ALL) {
            assertEquals(account.address(), PrivateKey.fromHex(account.privateKey()).address(), account.toString());
        }
    }

    @Test
    void accountZeroIsTheWellKnownOne() {
        assertEquals("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", DevAccount.ALL.get(0).address().toChecksumHex());
    }
}
