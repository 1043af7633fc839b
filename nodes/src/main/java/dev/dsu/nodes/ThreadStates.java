package dev.dsu.nodes;

/** Finds the current thread's {@link CThreadState}; the language implements it with a context thread local. */
public abstract class ThreadStates {
    public abstract CThreadState current();
}
