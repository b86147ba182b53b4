package org.nos.protocol.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nos.protocol.base.Wei;

class Eip4844Test {
    @ParameterizedTest(name = "fakeExponential({0}, {1}, {2}) = {3}")
    @CsvSource({
        "1, 0, 1, 1",
        "38493, 0, 1000, 38493",
        "0, 1234, 2345, 0",
        "1, 2, 1, 6",
        "1, 4, 2, 6",
        "1, 3, 1, 16",
        "1, 6, 2, 18",
        "1, 4, 1, 49",
        "1, 8, 2, 50",
        "10, 8, 2, 542",
        "11, 8, 2, 596",
        "1, 5, 1, 136",
        "1, 5, 2, 11",
        "2, 5, 2, 23",
    })
    void fakeExponential(long factor, long numerator, long denominator, long expected) {
        assertEquals(BigInteger.valueOf(expected), Eip4844.fakeExponential(BigInteger.valueOf(factor),
                BigInteger.valueOf(numerator), BigInteger.valueOf(denominator)));
    }

    @ParameterizedTest(name = "blob base fee at excess {0} = {1}")
    @CsvSource({
        "0, 1",
        "393216, 1",
        // e^1 = 2.718..: the Taylor sum truncates to 2 at excess = fraction
        "3338477, 2",
        "10000000, 19",
    })
    void blobBaseFee(long excess, long expected) {
        assertEquals(Wei.of(expected), Eip4844.blobBaseFee(excess, BlobSchedule.CANCUN));
    }

    @ParameterizedTest(name = "next excess after ({0}, {1}) = {2}")
    @CsvSource({
        "0, 0, 0",
        "0, 393216, 0",
        "0, 786432, 393216",
        "393216, 0, 0",
        "393216, 131072, 131072",
        "100, 393216, 100",
        "786432, 786432, 1179648",
    })
    void nextExcessBlobGas(long parentExcess, long parentUsed, long expected) {
        assertEquals(expected, Eip4844.nextExcessBlobGas(parentExcess, parentUsed, BlobSchedule.CANCUN));
    }

    @Test
    void cancunSchedule() {
        assertEquals(393_216, BlobSchedule.CANCUN.targetBlobGasPerBlock());
        assertEquals(786_432, BlobSchedule.CANCUN.maxBlobGasPerBlock());
        assertEquals(262_144, Eip4844.blobGas(2));
    }
}
