package dev.dsu.language.libc;

import com.oracle.truffle.api.nodes.Node;

/**
 * A builtin whose arguments (at most three) and result are integers or pointers: compiled C
 * calls it without boxing (see {@code IntegerLibraryFunction}). Through the generic
 * {@link Builtin} convention it behaves like any other builtin.
 */
@FunctionalInterface
public interface IntegerBuiltin extends Builtin {
    /** Missing arguments are 0; a void function answers 0. */
    long callIntegers(long a0, long a1, long a2, Node location);

    @Override
    default Object call(Object[] args, Node location) {
        return callIntegers(Args.l(args, 0), Args.l(args, 1), Args.l(args, 2), location);
    }

    @FunctionalInterface
    interface Unary {
        long apply(long a0, Node location);
    }

    @FunctionalInterface
    interface Binary {
        long apply(long a0, long a1, Node location);
    }

    static IntegerBuiltin unary(Unary f) {
        return (a0, a1, a2, location) -> f.apply(a0, location);
    }

    static IntegerBuiltin binary(Binary f) {
        return (a0, a1, a2, location) -> f.apply(a0, a1, location);
    }

    static IntegerBuiltin ternary(IntegerBuiltin f) {
        return f;
    }
}
