package dev.dsu.nodes.atomic;

import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;

/**
 * Plain integer reads and writes for the atomic nodes. Atomicity comes from the callers holding
 * the heap's monitor: every read-modify-write of one heap serialises on it (the heap's own
 * allocation methods lock it too, which is harmless: the monitor is reentrant).
 */
final class AtomicMemory {
    private AtomicMemory() {
    }

    static long read(Heap heap, long ptr, int bits, Node location) {
        return switch (bits) {
            case 8 -> heap.getI8(ptr, location);
            case 16 -> heap.getI16(ptr, location);
            case 32 -> heap.getI32(ptr, location);
            default -> heap.getI64(ptr, location);
        };
    }

    static void write(Heap heap, long ptr, int bits, long value, Node location) {
        switch (bits) {
            case 8 -> heap.putI8(ptr, (byte) value, location);
            case 16 -> heap.putI16(ptr, (short) value, location);
            case 32 -> heap.putI32(ptr, (int) value, location);
            default -> heap.putI64(ptr, value, location);
        }
    }
}
