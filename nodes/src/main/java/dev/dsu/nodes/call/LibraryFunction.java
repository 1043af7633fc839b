package dev.dsu.nodes.call;

import com.oracle.truffle.api.nodes.Node;

/** A C function implemented by the runtime (the C library); arguments and result as in C calls. */
@FunctionalInterface
public interface LibraryFunction {
    Object call(Object[] args, Node location);
}
