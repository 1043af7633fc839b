package dev.dsu.nodes.control;

/**
 * Where on-stack replacement enters a function: at the loop enclosing the hot loop, when the
 * interpreter gets there soon, instead of at the hot loop itself.
 * <p>
 * Partial evaluation of OSR code starts at the entry block, so every path back to it becomes a
 * back-edge of one loop. Entered at an inner loop, the loops around it fold into that loop: its
 * header then merges each value computed in the outer loop bodies (row pointers, splatted
 * vectors), so they become loop phis, vectors are materialised and type checked every
 * iteration, and nothing can be hoisted. Entered one level further out, the hot loop stays a
 * loop of its own nested in the entry loop.
 * <p>
 * Loops are found the way the dispatch finds back-edges: a jump to a block whose index is not
 * greater than the current one; the loop spans the blocks from its header to its latest latch.
 * Only the interpreter uses this object.
 */
final class OsrEntryChoice {
    /**
     * OSR requests (one per 1024 back-edges once hot) to wait for the enclosing loop's header
     * before entering at the hot loop itself, for an outer loop that does not come round again.
     */
    private static final int MAX_WAIT = 16;

    /** For each loop header, the header of the innermost loop around it; -1 for none or not a header. */
    private final int[] enclosing;
    private int pendingTarget = -1;
    private int waited;

    OsrEntryChoice(BlockNode[] blocks) {
        int n = blocks.length;
        int[] lastLatch = new int[n];
        java.util.Arrays.fill(lastLatch, -1);
        for (int b = 0; b < n; b++) {
            for (int s : blocks[b].successors()) {
                if (s >= 0 && s <= b) {
                    lastLatch[s] = Math.max(lastLatch[s], b);
                }
            }
        }
        enclosing = new int[n];
        for (int h = 0; h < n; h++) {
            enclosing[h] = -1;
            if (lastLatch[h] < 0) {
                continue;
            }
            for (int outer = h - 1; outer >= 0; outer--) {
                if (lastLatch[outer] >= h) {
                    enclosing[h] = outer;
                    break;
                }
            }
        }
    }

    /**
     * At a back-edge to {@code header}, given whether Truffle just asked for OSR: whether to
     * enter OSR code at the header now.
     */
    boolean enterAt(int header, boolean osrRequested) {
        if (header == pendingTarget) {
            // reached: enter (again at each arrival while the OSR code is still being compiled)
            waited = 0;
            return true;
        }
        if (!osrRequested) {
            return false;
        }
        int outer = enclosing[header];
        if (outer >= 0 && (outer != pendingTarget || waited < MAX_WAIT)) {
            // the hot loop's iterations are counted on; OSR waits for the next outer iteration
            if (outer != pendingTarget) {
                pendingTarget = outer;
                waited = 0;
            }
            waited++;
            return false;
        }
        return true;
    }
}
