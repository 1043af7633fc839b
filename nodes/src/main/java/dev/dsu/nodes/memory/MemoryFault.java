package dev.dsu.nodes.memory;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/**
 * A C-level fault: what a native program would die of with SIGSEGV (or SIGABRT for heap
 * corruption such as a double free). Carries the exit status the native process would have.
 */
public final class MemoryFault extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    public static final int SIGSEGV_STATUS = 139;
    public static final int SIGABRT_STATUS = 134;

    private final int exitStatus;

    /** Reports show the innermost frames; a deep recursion must not make the trace cost O(depth). */
    private static final int STACK_TRACE_LIMIT = 64;

    public MemoryFault(String message, int exitStatus, Node location) {
        super(message, null, STACK_TRACE_LIMIT, location);
        this.exitStatus = exitStatus;
    }

    public MemoryFault(String message, Node location) {
        this(message, SIGSEGV_STATUS, location);
    }

    public int getExitStatus() {
        return exitStatus;
    }
}
