package dev.dsu.language.ir;

/** Memory orderings, in LLVM bitcode order. */
public enum AtomicOrdering {
    NOT_ATOMIC, UNORDERED, MONOTONIC, ACQUIRE, RELEASE, ACQ_REL, SEQ_CST;
}
