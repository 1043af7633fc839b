package dev.dsu.nodes.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Three nested loops in the block order the dispatch sees: 1 (outer, latch 6), 2 (middle, latch
 * 5), 3 (inner, latch 4, the hot one); block 0 enters, block 7 returns.
 */
class OsrEntryChoiceTest {
    private static final int[][] NEST = {
                    {1}, // 0
                    {2}, // 1: outer header
                    {3}, // 2: middle header
                    {4}, // 3: inner header
                    {3, 5}, // 4: inner latch
                    {2, 6}, // 5: middle latch
                    {1, 7}, // 6: outer latch
                    {}, // 7
    };

    @Test
    void waitsForTheOutermostLoopAndEntersThere() {
        OsrEntryChoice choice = new OsrEntryChoice(NEST);
        assertFalse(choice.enterAt(3, true), "the hot inner loop asks; the outer loop is chosen");
        assertFalse(choice.enterAt(3, false));
        assertFalse(choice.enterAt(2, false), "the middle loop's back-edge is not the chosen one");
        assertTrue(choice.enterAt(1, false), "the outer loop's back-edge enters");
        assertTrue(choice.enterAt(1, false), "and enters again while the code is compiled");
    }

    @Test
    void movesOneLoopInwardWhenTheOuterDoesNotComeRound() {
        OsrEntryChoice choice = new OsrEntryChoice(NEST);
        // the first request chooses the outer loop, 16 more without reaching it give up on it
        for (int request = 0; request < 17; request++) {
            assertFalse(choice.enterAt(3, true), "request " + request);
        }
        assertFalse(choice.enterAt(1, false), "the outer loop is no longer the choice");
        assertTrue(choice.enterAt(2, false), "the middle loop is");
    }

    @Test
    void entersAtTheHotLoopWhenNoLoopAroundItComesRound() {
        OsrEntryChoice choice = new OsrEntryChoice(NEST);
        int requests = 0;
        while (!choice.enterAt(3, true)) {
            requests++;
            assertTrue(requests < 100, "never entered");
        }
        // 1 + 16 requests for the outer loop, 16 for the middle one, then the inner loop itself
        assertEquals(32, requests);
        assertTrue(choice.enterAt(3, false), "and it stays the choice");
    }

    @Test
    void aLoopNestedInNothingIsEnteredAtOnce() {
        OsrEntryChoice choice = new OsrEntryChoice(new int[][]{{1}, {1, 2}, {}});
        assertTrue(choice.enterAt(1, true));
    }

    @Test
    void osrCodeEnteredInsideLoopsSwitchesToItsSecondCopyAtAnOuterHeader() {
        OsrEntryChoice choice = new OsrEntryChoice(NEST);
        // entered at the inner loop: its own back-edge, the middle loop's exit and forward jumps stay in copy 0
        assertEquals(0, choice.copyAfter(3, 0, 3));
        assertEquals(0, choice.copyAfter(3, 0, 5));
        assertEquals(0, choice.copyAfter(3, 0, 7));
        // back at the middle or the outer header: copy 1, for good
        assertEquals(1, choice.copyAfter(3, 0, 2));
        assertEquals(1, choice.copyAfter(3, 0, 1));
        assertEquals(1, choice.copyAfter(3, 1, 3));
        assertEquals(1, choice.copyAfter(3, 1, 4));
        // entered at the outer loop, nothing is around it: one copy
        assertEquals(0, choice.copyAfter(1, 0, 1));
        assertEquals(0, choice.copyAfter(1, 0, 2));
        assertEquals(0, choice.copyAfter(1, 0, 3));
        // entered at the middle loop: only the outer header is around it
        assertEquals(0, choice.copyAfter(2, 0, 3));
        assertEquals(1, choice.copyAfter(2, 0, 1));
    }
}
