package dev.dsu.runtime.version;

/**
 * A place where a frame of this function can be suspended and resumed: the entry, a loop head
 * (an update point), or a call site. The label names the point by what it is ("call printf#2" is
 * the second call to printf, "loop#1" the first loop head), which is how points of two versions
 * are paired by default.
 */
public record ContinuationPoint(int id, Kind kind, String label, int line) {
    public enum Kind {
        ENTRY, LOOP_HEAD, CALL
    }
}
