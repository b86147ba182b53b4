package org.nos.ejb.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlockScheduleTest {

    @Test
    void nextBlockIsDueWhenTheClockReachesItsTimestamp() {
        assertFalse(BlockSchedule.isDue(1000, 2, 1_001_999));
        assertTrue(BlockSchedule.isDue(1000, 2, 1_002_000));
        assertTrue(BlockSchedule.isDue(1000, 2, 1_002_999));
    }

    @Test
    void tellsHowLongUntilTheNextBlockIsDue() {
        assertEquals(3, BlockSchedule.millisUntilDue(1000, 2, 1_001_997));
        assertEquals(0, BlockSchedule.millisUntilDue(1000, 2, 1_002_000));
        assertEquals(-500, BlockSchedule.millisUntilDue(1000, 2, 1_002_500));
    }

    @Test
    void countsMissedBlocksAfterDowntime() {
        assertEquals(0, BlockSchedule.blocksBehind(1000, 2, 1_001_999));
        assertEquals(1, BlockSchedule.blocksBehind(1000, 2, 1_002_000));
        assertEquals(30, BlockSchedule.blocksBehind(1000, 2, 1_061_000));
        assertEquals(0, BlockSchedule.blocksBehind(1000, 2, 900_000));
    }

    @Test
    void firesJustAfterTheNextBlockIsDue() {
        assertEquals(1_002_050, BlockSchedule.nextFireMillis(1000, 2, 1_000_300, 50));
        assertEquals(1_002_050, BlockSchedule.nextFireMillis(1000, 2, 1_002_050, 50));
    }

    @Test
    void firesOnTheGridOfBlockTimesWhenBlocksAreAlreadyDue() {
        // started 0.9 s after block 1002 became due: the first fire is at the next due time, not 0.05 s from now
        assertEquals(1_004_050, BlockSchedule.nextFireMillis(1000, 2, 1_002_900, 50));
        assertEquals(1_004_050, BlockSchedule.nextFireMillis(1000, 2, 1_002_051, 50));
        assertEquals(1_062_050, BlockSchedule.nextFireMillis(1000, 2, 1_061_000, 50));
        assertEquals(1_003_050, BlockSchedule.nextFireMillis(1000, 1, 1_002_060, 50));
    }
}
