package org.nos.ejb.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequencerServiceTest {

    @Test
    void nextBlockIsDueWhenTheClockReachesItsTimestamp() {
        assertFalse(SequencerService.isDue(1000, 2, 1_001_999));
        assertTrue(SequencerService.isDue(1000, 2, 1_002_000));
        assertTrue(SequencerService.isDue(1000, 2, 1_002_999));
    }

    @Test
    void countsMissedBlocksAfterDowntime() {
        assertEquals(0, SequencerService.blocksBehind(1000, 2, 1_001_999));
        assertEquals(1, SequencerService.blocksBehind(1000, 2, 1_002_000));
        assertEquals(30, SequencerService.blocksBehind(1000, 2, 1_061_000));
        assertEquals(0, SequencerService.blocksBehind(1000, 2, 900_000));
    }
}
