package org.nos.evm.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nos.protocol.base.Address;
import org.nos.protocol.base.Bytes;
import org.nos.protocol.base.Hash;
import org.nos.protocol.base.Wei;
import org.nos.protocol.tx.AccessListEntry;
import org.nos.protocol.tx.DynamicFeeTransaction;

class IntrinsicGasTest {

    @ParameterizedTest(name = "creation={0} zeros={1} nonZeros={2} addresses={3} keys={4} -> {5}")
    @CsvSource({
        "false, 0, 0, 0, 0, 21000",
        "true, 0, 0, 0, 0, 53000",
        "false, 1, 1, 0, 0, 21020",
        "false, 10, 0, 0, 0, 21040",
        "false, 0, 10, 0, 0, 21160",
        "true, 0, 32, 0, 0, 53514",
        "true, 0, 33, 0, 0, 53532",
        "true, 49152, 0, 0, 0, 252680",
        "false, 0, 0, 1, 0, 23400",
        "false, 0, 0, 1, 2, 27200",
        "false, 0, 0, 3, 5, 37700",
        "true, 2, 2, 1, 1, 57342",
    })
    void addsBaseCalldataInitcodeAndAccessList(boolean creation, int zeros, int nonZeros, int addresses, int keys,
            long expected) {
        byte[] data = new byte[zeros + nonZeros];
        Arrays.fill(data, zeros, data.length, (byte) 0x5b);
        List<AccessListEntry> accessList = new ArrayList<>();
        for (int a = 0; a < addresses; a++) {
            List<Hash> storageKeys = new ArrayList<>();
            for (int k = a; k < keys; k += addresses) storageKeys.add(Hash.ZERO);
            accessList.add(new AccessListEntry(Address.ZERO, storageKeys));
        }
        DynamicFeeTransaction tx = DynamicFeeTransaction.unsigned(42213, 0, Wei.ZERO, Wei.ZERO, 1_000_000,
                creation ? null : Address.fromHex("0x000000000000000000000000000000000000beef"), Wei.ZERO, Bytes.wrap(data), accessList);
        assertEquals(expected, IntrinsicGas.of(tx));
    }
}
