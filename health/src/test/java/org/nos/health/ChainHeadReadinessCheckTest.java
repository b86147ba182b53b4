package org.nos.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChainHeadReadinessCheckTest {

    @Test
    void headWithinThreeBlockTimesIsCurrent() {
        assertTrue(ChainHeadReadinessCheck.isCurrent(0, 2));
        assertTrue(ChainHeadReadinessCheck.isCurrent(6, 2));
        assertFalse(ChainHeadReadinessCheck.isCurrent(7, 2));
        assertFalse(ChainHeadReadinessCheck.isCurrent(4, 1));
    }
}
