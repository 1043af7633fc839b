package dev.dsu.language.libc;

import com.oracle.truffle.api.nodes.Node;

/**
 * A C library function implemented in Java. Arguments arrive as the C call passed them
 * (integers and pointers as {@code Long}, sign-extended from their width; {@code Double};
 * {@code Float}); the result is a {@code Long}, {@code Double}, {@code Float}, or null for void.
 * {@code location} is the calling node, for fault reports.
 */
@FunctionalInterface
public interface Builtin {
    Object call(Object[] args, Node location);
}
