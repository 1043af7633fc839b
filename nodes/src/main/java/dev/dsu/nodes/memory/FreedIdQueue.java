package dev.dsu.nodes.memory;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The ids of freed heap blocks, oldest first, as a ring of ints: a malloc/free-heavy program
 * frees millions of blocks, and a queue of boxed Integers allocated one object per free.
 */
final class FreedIdQueue {
    private int[] ids = new int[1024];
    private int head;
    private int size;

    int size() {
        return size;
    }

    /** Called from compiled code (Heap#freeHeapBlock): the growth stays out of it. */
    void addLast(int id) {
        if (size == ids.length) {
            grow();
        }
        ids[(head + size) & (ids.length - 1)] = id;
        size++;
    }

    @TruffleBoundary
    private void grow() {
        int[] bigger = new int[ids.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = ids[(head + i) & (ids.length - 1)];
        }
        ids = bigger;
        head = 0;
    }

    int pollFirst() {
        int id = ids[head];
        head = (head + 1) & (ids.length - 1);
        size--;
        return id;
    }
}
