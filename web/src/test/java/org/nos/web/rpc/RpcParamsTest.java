package org.nos.web.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RpcParamsTest {

    @Test
    void quantities() throws Exception {
        assertEquals(0, RpcParams.quantity("0x0", 0));
        assertEquals(255, RpcParams.quantity("0xff", 0));
        assertEquals(Long.MAX_VALUE, RpcParams.quantity("0x7fffffffffffffff", 0));
        for (String bad : new String[] {"0x", "12", "0x01", "0xzz", "0x8000000000000000", "0x10000000000000000"}) {
            assertEquals(RpcException.INVALID_PARAMS,
                    assertThrows(RpcException.class, () -> RpcParams.quantity(bad, 0)).code(), bad);
        }
    }

    @Test
    void quantityFormatting() {
        assertEquals("0x0", Quantity.of(0));
        assertEquals("0x1c9c380", Quantity.of(30_000_000L));
    }
}
