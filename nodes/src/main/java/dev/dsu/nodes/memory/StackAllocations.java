package dev.dsu.nodes.memory;

import java.util.Arrays;

/** The stack objects (allocas, byval copies) of one function activation, released when it returns. */
public final class StackAllocations {
    private long[] pointers = new long[4];
    private int count;

    public void add(long pointer) {
        if (count == pointers.length) {
            pointers = Arrays.copyOf(pointers, count * 2);
        }
        pointers[count++] = pointer;
    }

    public int count() {
        return count;
    }

    public long get(int i) {
        return pointers[i];
    }

    /** stackrestore: releases everything allocated after the mark. */
    public void releaseAfter(Heap heap, int mark) {
        while (count > mark) {
            heap.releaseStack(pointers[--count]);
        }
    }

    public void releaseAll(Heap heap) {
        releaseAfter(heap, 0);
    }
}
