package org.nos.evm.precompile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nos.protocol.base.Address;

class PrecompileSetTest {
    private final PrecompileSet cancun = PrecompileSet.cancun();

    @Test
    void cancunHasTenPrecompilesInOrder() {
        assertEquals(10, cancun.addresses().size());
        for (int i = 1; i <= 10; i++) {
            assertEquals(PrecompileSet.address(i), cancun.addresses().get(i - 1));
            assertTrue(cancun.contains(PrecompileSet.address(i)));
        }
        assertInstanceOf(EcRecover.class, cancun.get(Address.fromHex("0x0000000000000000000000000000000000000001")));
        assertInstanceOf(ModExp.class, cancun.get(PrecompileSet.address(5)));
        assertInstanceOf(PointEvaluation.class, cancun.get(PrecompileSet.address(0x0a)));
    }

    @Test
    void otherAddressesAreNotPrecompiles() {
        assertNull(cancun.get(Address.ZERO));
        assertFalse(cancun.contains(PrecompileSet.address(0x0b)));
        assertFalse(cancun.contains(PrecompileSet.address(0xff)));
        assertFalse(cancun.contains(Address.fromHex("0x1000000000000000000000000000000000000001")));
        assertFalse(cancun.contains(Address.fromHex("0x0000000000000000000000000000000000000101")));
    }
}
