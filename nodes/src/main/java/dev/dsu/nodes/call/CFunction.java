package dev.dsu.nodes.call;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;

/**
 * A function of the running program, as seen by callers and function pointers: either C code
 * (its call target is built on first use, so unused functions cost nothing at load time), a
 * library function, or an undefined symbol that faults when called.
 */
public final class CFunction {
    public final String name;
    private final Supplier<RootCallTarget> factory;
    private final LibraryFunction library;
    /**
     * Built once, under the lock; read without it. Not volatile: a volatile read in compiled code
     * orders every memory access after it, and every call through a pointer reads this. The
     * threads that run the program take turns in the context, which orders a reader after the
     * writer.
     */
    private RootCallTarget target;
    /** See {@link FunctionRootNode#registerArity}; set with the target. */
    private int registerArity = -1;
    private long address;

    private CFunction(String name, Supplier<RootCallTarget> factory, LibraryFunction library) {
        this.name = name;
        this.factory = factory;
        this.library = library;
    }

    public static CFunction defined(String name, Supplier<RootCallTarget> factory) {
        return new CFunction(name, factory, null);
    }

    public static CFunction library(String name, LibraryFunction library) {
        return new CFunction(name, null, library);
    }

    public static CFunction undefined(String name) {
        return new CFunction(name, null, null);
    }

    public boolean isDefined() {
        return factory != null;
    }

    public LibraryFunction getLibrary() {
        return library;
    }

    public RootCallTarget getTarget() {
        RootCallTarget t = target;
        return t != null ? t : buildTarget();
    }

    @TruffleBoundary
    private synchronized RootCallTarget buildTarget() {
        if (target == null) {
            RootCallTarget built = factory.get();
            registerArity = built.getRootNode() instanceof FunctionRootNode root ? root.registerArity() : -1;
            target = built;
        }
        return target;
    }

    /** How many arguments a call may pass in registers, -1 if none; valid once {@link #getTarget} was called. */
    public int registerArity() {
        return registerArity;
    }

    public long getAddress() {
        return address;
    }

    public void setAddress(long address) {
        this.address = address;
    }

    @Override
    public String toString() {
        return name;
    }
}
