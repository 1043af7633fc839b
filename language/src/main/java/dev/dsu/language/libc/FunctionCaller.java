package dev.dsu.language.libc;

import com.oracle.truffle.api.nodes.Node;

/** Lets library code call back into C (qsort comparators, atexit handlers, ...). */
@FunctionalInterface
public interface FunctionCaller {
    /** Calls the C function behind a function pointer with arguments in the {@link Builtin} convention. */
    Object call(long functionPointer, Object[] args, Node location);
}
