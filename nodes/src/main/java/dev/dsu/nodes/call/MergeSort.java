package dev.dsu.nodes.call;

import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;

/**
 * glibc's qsort: a merge sort through a temporary buffer (msort), its recursion (sort each
 * half, then merge) run with an explicit stack in the same order, so that a comparator with
 * side effects sees the same sequence of calls as under glibc. Shared by the compiled qsort
 * ({@link MergeSortRootNode}) and the library's (qsort reached through a pointer).
 */
public final class MergeSort {
    /** Halving a 64-bit count nests at most this deep. */
    private static final int MAX_DEPTH = 66;

    /**
     * Calls the comparator. The compiled qsort passes itself, a constant of its compilation, and
     * the function as {@code comparator}: a capturing lambda there kept the comparator from
     * being inlined (strings ran twice as long).
     */
    public interface Comparisons {
        /** The result of {@code comparator} for the elements at {@code x} and {@code y}. */
        int compare(Object comparator, long x, long y);
    }

    private MergeSort() {
    }

    /**
     * Sorts {@code count} elements of {@code size} bytes at {@code base}, using {@code tmp} (room
     * for all of them); returns the number of comparisons.
     */
    public static long sort(Heap heap, long base, long count, long size, long tmp, Comparisons comparisons, Object comparator, Node location) {
        long[] bases = new long[MAX_DEPTH];
        long[] counts = new long[MAX_DEPTH];
        byte[] stage = new byte[MAX_DEPTH];
        int top = 0;
        long done = 0;
        bases[0] = base;
        counts[0] = count;
        while (top >= 0) {
            long b = bases[top];
            long n = counts[top];
            long n1 = n / 2;
            if (n <= 1 || stage[top] == 2) {
                if (n > 1) {
                    done += merge(heap, b, n1, n - n1, size, tmp, comparisons, comparator, location);
                }
                top--;
                continue;
            }
            int half = stage[top]++;
            bases[top + 1] = half == 0 ? b : b + n1 * size;
            counts[top + 1] = half == 0 ? n1 : n - n1;
            stage[top + 1] = 0;
            top++;
        }
        return done;
    }

    private static long merge(Heap heap, long b, long n1, long n2, long size, long tmp, Comparisons comparisons, Object comparator, Node location) {
        long done = 0;
        long b1 = b;
        long b2 = b + n1 * size;
        long t = tmp;
        while (n1 > 0 && n2 > 0) {
            long from;
            done++;
            if (comparisons.compare(comparator, b1, b2) <= 0) {
                from = b1;
                b1 += size;
                n1--;
            } else {
                from = b2;
                b2 += size;
                n2--;
            }
            if (size == 8) {
                heap.putI64(t, heap.getI64(from, location), location);
            } else {
                heap.copy(t, from, size, location);
            }
            t += size;
        }
        if (n1 > 0) {
            heap.copy(t, b1, n1 * size, location);
        }
        heap.copy(b, tmp, (t - tmp) + n1 * size, location);
        return done;
    }
}
