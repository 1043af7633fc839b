package dev.dsu.language.libc;

import com.oracle.truffle.api.nodes.Node;

/** Lets library code call back into C (qsort comparators, atexit handlers, ...). */
@FunctionalInterface
public interface FunctionCaller {
    /** Calls the C function behind a function pointer with arguments in the {@link Builtin} convention. */
    Object call(long functionPointer, Object[] args, Node location);

    /**
     * The C function behind a pointer, looked up once for many calls: qsort calls its comparator
     * some n log n times, and finding the function and the calling thread's state each time
     * cost as much as the comparison.
     */
    default Callback bind(long functionPointer, Node location) {
        return args -> call(functionPointer, args, location);
    }

    @FunctionalInterface
    interface Callback {
        Object call(Object[] args);
    }
}
