package org.nos.protocol.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChainConfigTest {
    @ParameterizedTest(name = "mainnet block {0} at {1} is {2}")
    @CsvSource({
        "0, 0, FRONTIER",
        "1149999, 0, FRONTIER",
        "1150000, 0, HOMESTEAD",
        "2675000, 0, SPURIOUS_DRAGON",
        "7280000, 0, PETERSBURG",
        "12965000, 0, LONDON",
        "15537394, 1663224162, PARIS",
        "17034870, 1681338455, SHANGHAI",
        "19426587, 1710338135, CANCUN",
    })
    void mainnetForks(long number, long timestamp, Fork expected) {
        assertEquals(expected, ChainConfig.mainnet().forkAt(number, timestamp));
    }

    @Test
    void fixtureStyleConfig() {
        ChainConfig cancun = ChainConfig.atGenesis(1, Fork.CANCUN);
        assertEquals(Fork.CANCUN, cancun.forkAt(0, 0));
        assertTrue(cancun.isActive(Fork.BERLIN, 0, 0));
        ChainConfig shanghai = ChainConfig.atGenesis(1, Fork.SHANGHAI);
        assertEquals(Fork.SHANGHAI, shanghai.forkAt(100, 1_000_000));
        assertEquals(OptionalLong.empty(), shanghai.activation(Fork.CANCUN));
        assertEquals(Fork.CANCUN, shanghai.withActivation(Fork.CANCUN, 15_000).forkAt(1, 15_000));
        assertEquals(Fork.SHANGHAI, shanghai.withActivation(Fork.CANCUN, 15_000).forkAt(1, 14_999));
    }

    @Test
    void settingsAndDefaults() {
        ChainConfig config = ChainConfig.atGenesis(901, Fork.CANCUN);
        assertEquals(24_576, config.maxCodeSize());
        assertEquals(49_152, config.maxInitCodeSize());
        assertEquals(Eip1559Params.ETHEREUM, config.eip1559());
        ChainConfig nos = config.withMaxCodeSize(48_000).withEip1559(Eip1559Params.OP_STACK);
        assertEquals(48_000, nos.maxCodeSize());
        assertEquals(Eip1559Params.OP_STACK, nos.eip1559());
        assertEquals(901, nos.chainId());
        assertFalse(nos.equals(config));
        assertEquals(config, ChainConfig.atGenesis(901, Fork.CANCUN));
    }

    @Test
    void forksMustBeScheduledInOrder() {
        ChainConfig london = ChainConfig.atGenesis(1, Fork.LONDON);
        assertThrows(IllegalArgumentException.class, () -> london.withActivation(Fork.SHANGHAI, 0));
        ChainConfig config = ChainConfig.atGenesis(1, Fork.BERLIN).withActivation(Fork.LONDON, 10);
        assertThrows(IllegalArgumentException.class, () -> config.withActivation(Fork.BERLIN, 11));
        assertEquals(Fork.BERLIN, config.withoutFork(Fork.LONDON).forkAt(1_000, 0));
    }

    @Test
    void forkNames() {
        assertEquals(Fork.PARIS, Fork.fromFixtureName("Paris"));
        assertEquals(Fork.PARIS, Fork.fromFixtureName("Merge"));
        assertEquals(Fork.TANGERINE_WHISTLE, Fork.fromFixtureName("EIP150"));
        assertEquals("Cancun", Fork.CANCUN.fixtureName());
        assertTrue(Fork.CANCUN.isAtLeast(Fork.SHANGHAI));
        assertThrows(IllegalArgumentException.class, () -> Fork.fromFixtureName("Prague"));
    }
}
