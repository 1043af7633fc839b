package dev.dsu.nodes.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The ring keeps first-in first-out order across wrap-arounds and growth, like a plain queue. */
class FreedIdQueueTest {
    @Test
    void behavesLikeAQueueThroughWrapAroundAndGrowth() {
        FreedIdQueue ring = new FreedIdQueue();
        ArrayDeque<Integer> reference = new ArrayDeque<>();
        Random random = new Random(7);
        int next = 0;
        for (int step = 0; step < 200_000; step++) {
            // phases of mostly adding and mostly taking, so the ring both wraps and grows
            boolean add = reference.isEmpty() || random.nextInt(100) < ((step / 5_000) % 2 == 0 ? 70 : 35);
            if (add) {
                ring.addLast(next);
                reference.addLast(next);
                next++;
            } else {
                assertEquals((int) reference.pollFirst(), ring.pollFirst());
            }
            assertEquals(reference.size(), ring.size());
        }
    }
}
