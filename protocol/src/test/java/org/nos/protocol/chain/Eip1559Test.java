package org.nos.protocol.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nos.protocol.base.Wei;

class Eip1559Test {
    @ParameterizedTest(name = "ethereum: used {0} of {1} at {2} -> {3}")
    @CsvSource({
        // at target, below, above (geth's TestCalcBaseFee)
        "10000000, 20000000, 1000000000, 1000000000",
        "9000000,  20000000, 1000000000, 987500000",
        "11000000, 20000000, 1000000000, 1012500000",
        // full block: +12.5 %; empty block: -12.5 %
        "30000000, 30000000, 1000000000, 1125000000",
        "0,        30000000, 1000000000, 875000000",
        // above target the fee rises by at least 1 wei
        "15000001, 30000000, 7,          8",
        // below target the delta may round to zero
        "14999999, 30000000, 7,          7",
    })
    void ethereum(long used, long limit, long parentFee, long expected) {
        assertEquals(Wei.of(expected), Eip1559.nextBaseFee(used, limit, Wei.of(parentFee), Eip1559Params.ETHEREUM));
    }

    @ParameterizedTest(name = "op stack: used {0} of {1} at {2} -> {3}")
    @CsvSource({
        // target = 30M / 6 = 5M; a full block moves the fee by 25M / 5M / 250 = 2 %
        "5000000,  30000000, 2000000000, 2000000000",
        "30000000, 30000000, 1000000000, 1020000000",
        "0,        30000000, 2000000000, 1992000000",
        // the 1 gwei floor
        "0,        30000000, 1000000000, 1000000000",
        "0,        30000000, 1003000000, 1000000000",
    })
    void opStack(long used, long limit, long parentFee, long expected) {
        assertEquals(Wei.of(expected), Eip1559.nextBaseFee(used, limit, Wei.of(parentFee), Eip1559Params.OP_STACK));
    }
}
