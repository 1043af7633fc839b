package dev.dsu.nodes.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Accesses find their array in the heap's storage table, not through the object: every change
 * of an object's storage (realloc, free, stack reuse, an update's new layout) must reach it.
 */
class HeapStorageTest {
    private final Heap heap = new Heap();

    @Test
    void reallocGrowsWhatAccessesSee() {
        long p = heap.allocate(8, MemoryObject.Kind.HEAP, null);
        heap.putI64(p, 42, null);
        assertThrows(MemoryFault.class, () -> heap.putI64(p + 8, 1, null));
        assertEquals(p, heap.reallocate(p, 16, null));
        heap.putI64(p + 8, 7, null);
        assertEquals(42, heap.getI64(p, null));
        assertEquals(7, heap.getI64(p + 8, null));
        assertSame(heap.objectOrNull(p).data(), heap.resolveData(p, 16, null));
    }

    @Test
    void freedBlockFaultsAsUseAfterFree() {
        long p = heap.allocate(16, MemoryObject.Kind.HEAP, null);
        heap.free(p, null);
        MemoryFault f = assertThrows(MemoryFault.class, () -> heap.getI8(p, null));
        assertTrue(f.getMessage().contains("use after free"), f.getMessage());
    }

    @Test
    void reusedStackIdSeesTheNewObjectsStorage() {
        long first = heap.allocateStack(4, "a");
        heap.releaseStack(first);
        assertThrows(MemoryFault.class, () -> heap.getI32(first, null));
        long second = heap.allocateStack(64, "b");
        assertEquals(Heap.objectId(first), Heap.objectId(second));
        heap.putI64(second + 56, -1, null);
        assertEquals(-1, heap.getI64(second + 56, null));
    }

    @Test
    void replacedDataIsWhatAccessesSee() {
        long p = heap.allocate(4, MemoryObject.Kind.GLOBAL, "g");
        MemoryObject o = heap.objectOrNull(p);
        byte[] transformed = new byte[12];
        transformed[8] = 5;
        heap.replaceData(o, transformed);
        assertEquals(5, heap.getI8(p + 8, null));
        assertSame(transformed, o.data());
    }

    @Test
    void foldedLookupUsesTheTableToo() {
        long p = heap.allocate(32, MemoryObject.Kind.HEAP, null);
        byte[] before = heap.dataInBase(p, 24, 8);
        assertSame(heap.objectOrNull(p).data(), before);
        heap.reallocate(p, 64, null);
        assertSame(heap.objectOrNull(p).data(), heap.dataInBase(p, 56, 8));
    }
}
