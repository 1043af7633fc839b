package dev.dsu.nodes.call;

import com.oracle.truffle.api.nodes.Node;

/**
 * A library function of at most three arguments, all integers or pointers, that answers an
 * integer or pointer (strlen, strcmp, memcpy, malloc, free, ...). A call site that passes only
 * integers calls it with primitive longs: no Object[] and no boxes for the arguments and the
 * result, which for these short functions cost as much as the work itself.
 */
@FunctionalInterface
public interface IntegerLibraryFunction extends LibraryFunction {
    /** Missing arguments are 0; a void function answers 0. */
    long callIntegers(long a0, long a1, long a2, Node location);

    @Override
    default Object call(Object[] args, Node location) {
        return callIntegers(integer(args, 0), integer(args, 1), integer(args, 2), location);
    }

    private static long integer(Object[] args, int i) {
        return i < args.length && args[i] instanceof Number n ? n.longValue() : 0;
    }
}
