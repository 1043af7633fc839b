package dev.dsu.nodes.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * An update's new objects are created on the preparing thread while the program thread goes on
 * allocating without locks: they must not share ids, and the program must not see them before
 * they are installed.
 */
class StagedObjectsTest {
    private final Heap heap = new Heap();

    /** Runs the preparation on its own thread, as the control endpoint does. */
    private static <T> T onPreparingThread(java.util.function.Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        t.join();
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        assertNull(failure.get());
        return result.get();
    }

    @Test
    void stagedObjectsAreThePreparersUntilInstalled() throws InterruptedException {
        heap.reserveForUpdate(16);
        long[] global = new long[1];
        StagedObjects staged = onPreparingThread(() -> {
            StagedObjects s = heap.stage(false);
            global[0] = s.allocate(8, MemoryObject.Kind.GLOBAL, "added");
            // initializers are written through the ordinary accessors
            heap.putI64(global[0], 1234, null);
            assertEquals(1234, heap.getI64(global[0], null));
            return s;
        });
        long programBlock = heap.allocate(8, MemoryObject.Kind.HEAP, null);
        assertNotEquals(Heap.objectId(global[0]), Heap.objectId(programBlock));
        assertNull(heap.objectOrNull(global[0]));
        assertThrows(MemoryFault.class, () -> heap.getI64(global[0], null));

        staged.install();
        assertEquals(1234, heap.getI64(global[0], null));
        assertSame(MemoryObject.Kind.GLOBAL, heap.objectOrNull(global[0]).kind);
    }

    @Test
    void installSetsIdsAsideForTheNextUpdate() throws InterruptedException {
        heap.reserveForUpdate(4);
        StagedObjects first = onPreparingThread(() -> {
            StagedObjects s = heap.stage(false);
            s.allocateFunction("f", "first");
            return s;
        });
        long f = first.objects().get(0).id;
        first.install();
        long later = heap.allocate(1, MemoryObject.Kind.HEAP, null);
        long[] next = new long[1];
        StagedObjects second = onPreparingThread(() -> {
            StagedObjects s = heap.stage(false);
            next[0] = s.allocateFunction("g", "second");
            return s;
        });
        assertNotEquals(f, Heap.objectId(next[0]));
        assertNotEquals(Heap.objectId(later), Heap.objectId(next[0]));
        second.install();
        assertEquals("second", heap.objectOrNull(next[0]).function);
        assertEquals("first", heap.objectOrNull(Heap.pointer((int) f, 0)).function);
        assertEquals(MemoryObject.Kind.HEAP, heap.objectOrNull(later).kind);
    }

    @Test
    void aDroppedPreparationLeavesItsIdsToTheNext() throws InterruptedException {
        heap.reserveForUpdate(2);
        long dropped = onPreparingThread(() -> heap.stage(false).allocate(4, MemoryObject.Kind.GLOBAL, "refused"));
        long kept = onPreparingThread(() -> {
            StagedObjects s = heap.stage(false);
            long p = s.allocate(4, MemoryObject.Kind.GLOBAL, "accepted");
            s.install();
            return p;
        });
        assertEquals(dropped, kept);
        assertEquals("accepted", heap.objectOrNull(kept).name);
    }

    @Test
    void onlyTheProgramThreadMayGoBeyondTheReservation() throws InterruptedException {
        heap.reserveForUpdate(2);
        assertThrows(StagedObjects.Exhausted.class, () -> onPreparingThread(() -> {
            StagedObjects s = heap.stage(false);
            for (int i = 0; i < 3; i++) {
                s.allocate(4, MemoryObject.Kind.GLOBAL, "g" + i);
            }
            return s;
        }));
        StagedObjects s = heap.stage(true);
        long[] p = new long[40];
        for (int i = 0; i < p.length; i++) {
            p[i] = s.allocate(4, MemoryObject.Kind.GLOBAL, "g" + i);
            heap.putI32(p[i], i, null);
        }
        s.install();
        for (int i = 0; i < p.length; i++) {
            assertEquals(i, heap.getI32(p[i], null));
        }
    }
}
