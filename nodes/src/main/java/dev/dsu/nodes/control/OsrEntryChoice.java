package dev.dsu.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * Where on-stack replacement enters a function: at the outermost loop around the hot loop that
 * the interpreter gets back to soon, instead of at the hot loop itself.
 * <p>
 * Partial evaluation of OSR code starts at the entry block, so every path back to it becomes a
 * back-edge of one loop. Entered at an inner loop, the loops around it fold into that loop: its
 * header then merges each value computed in the outer loop bodies (row pointers, splatted
 * vectors), so they become loop phis, vectors are materialised and type checked every
 * iteration, and nothing can be hoisted. Entered further out, the inner loops stay loops of
 * their own nested in the entry loop.
 * <p>
 * How far out: the outermost loop around the hot one is tried first; while the interpreter does
 * not come back to its header within {@link #MAX_WAIT} OSR requests (it may be a loop that runs
 * once, or whose every iteration takes seconds), the choice moves one loop inward, down to the
 * hot loop itself. nbody's force loops (4, 3, 2, 1 iterations) sit in a 5-iteration loop inside
 * the time-step loop: one level out was the 5-iteration loop, whose entry then carried the
 * step loop's vector state as phis, and the step loop is reached within a step.
 * <p>
 * Loops are found the way the dispatch finds back-edges: a jump to a block whose index is not
 * greater than the current one; the loop spans the blocks from its header to its latest latch.
 * Only the interpreter uses this object, except {@link #copyAfter}, which OSR code uses.
 */
final class OsrEntryChoice {
    /**
     * OSR requests (one per 1024 back-edges once hot) to wait for the chosen loop's header
     * before choosing the loop one level further in, for an outer loop that does not come
     * round again soon.
     */
    private static final int MAX_WAIT = 16;

    /** For each loop header, the header of the innermost loop around it; -1 for none or not a header. */
    private final int[] enclosing;
    /** For each loop header, its latest latch (the loop spans the blocks up to it); -1 for other blocks. */
    @CompilationFinal(dimensions = 1) private final int[] lastLatch;
    /** For each loop header, how many loops enclose it; 0 for other blocks. */
    @CompilationFinal(dimensions = 1) private final int[] depth;
    private int pendingTarget = -1;
    private int waited;

    OsrEntryChoice(BlockNode[] blocks) {
        this(successorsOf(blocks));
    }

    private static int[][] successorsOf(BlockNode[] blocks) {
        int[][] successors = new int[blocks.length][];
        for (int b = 0; b < blocks.length; b++) {
            successors[b] = blocks[b].successors();
        }
        return successors;
    }

    /** {@code successors[b]}: the blocks block {@code b} may jump to. */
    OsrEntryChoice(int[][] successors) {
        int n = successors.length;
        lastLatch = new int[n];
        java.util.Arrays.fill(lastLatch, -1);
        for (int b = 0; b < n; b++) {
            for (int s : successors[b]) {
                if (s >= 0 && s <= b) {
                    lastLatch[s] = Math.max(lastLatch[s], b);
                }
            }
        }
        enclosing = new int[n];
        depth = new int[n];
        for (int h = 0; h < n; h++) {
            enclosing[h] = -1;
            if (lastLatch[h] < 0) {
                continue;
            }
            for (int outer = h - 1; outer >= 0; outer--) {
                if (lastLatch[outer] >= h) {
                    enclosing[h] = outer;
                    depth[h] = depth[outer] + 1;
                    break;
                }
            }
        }
    }

    /**
     * For OSR code entered at {@code entry}: the copy (see BlockDispatchNode#dispatch) that a jump
     * to {@code next} from copy {@code copy} leads to. Copy 0 is the entry loop until control
     * comes back to the header of a loop around it; copy 1 is everything after that. Only two:
     * a copy per enclosing loop, as HotSpot peels them, gave knucleotide's OSR code 170 KB of
     * machine code and 2.5 s compilations (Graal unswitches each copy's loops) where two copies
     * were no slower per iteration. Folds to a constant in compiled code: every argument is one.
     */
    int copyAfter(int entry, int copy, int next) {
        boolean aroundEntry = lastLatch[next] >= entry && next < entry && depth[next] < depth[entry];
        return aroundEntry ? 1 : copy;
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
        if (pendingTarget < 0 || !encloses(pendingTarget, header)) {
            // a new hot loop: wait for the outermost loop around it
            pendingTarget = outermostAround(header);
            waited = 0;
            return pendingTarget < 0;
        }
        if (++waited < MAX_WAIT) {
            return false;
        }
        // the interpreter did not come back to that loop's header soon: one loop further in,
        // down to the hot loop itself, which is entered at once
        waited = 0;
        pendingTarget = childOnPath(pendingTarget, header);
        return pendingTarget == header;
    }

    /** The outermost loop header around {@code header}'s loop, or -1 when it is not nested. */
    private int outermostAround(int header) {
        int outer = -1;
        for (int h = enclosing[header]; h >= 0; h = enclosing[h]) {
            outer = h;
        }
        return outer;
    }

    /** Whether {@code outer}'s loop is {@code header}'s loop or one of the loops around it. */
    private boolean encloses(int outer, int header) {
        for (int h = header; h >= 0; h = enclosing[h]) {
            if (h == outer) {
                return true;
            }
        }
        return false;
    }

    /** The loop directly inside {@code outer} on the way out from {@code header} (which it encloses). */
    private int childOnPath(int outer, int header) {
        int h = header;
        while (enclosing[h] != outer) {
            h = enclosing[h];
        }
        return h;
    }
}
