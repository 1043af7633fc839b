package dev.dsu.nodes.memory;

/**
 * One allocation: a global, a heap block, a stack slot, a string literal or a function.
 * Its id never changes, so it can get new storage (a larger block, a new layout after an
 * update) while every pointer to it stays valid.
 */
public final class MemoryObject {
    public enum Kind {
        NULL, GLOBAL, CONSTANT, HEAP, STACK, FUNCTION, FREED
    }

    static final byte[] NO_STORAGE = new byte[0];

    public final int id;
    /**
     * Storage; empty for functions and freed blocks so that every access fails the bounds check.
     * Replaced only through the heap, which keeps its storage table (see Heap) in step.
     */
    byte[] data;
    public Kind kind;
    /** Symbol name for globals and functions, for fault reports. */
    public final String name;
    /** The callable behind a function object (set by the language). */
    public Object function;

    MemoryObject(int id, byte[] data, Kind kind, String name) {
        this.id = id;
        this.data = data;
        this.kind = kind;
        this.name = name;
    }

    public byte[] data() {
        return data;
    }

    public String describe() {
        return switch (kind) {
            case NULL -> "null";
            case GLOBAL, CONSTANT -> "global '" + name + "' (" + data.length + " bytes)";
            case HEAP -> "heap block of " + data.length + " bytes";
            case STACK -> "stack variable" + (name != null ? " '" + name + "'" : "") + " (" + data.length + " bytes)";
            case FUNCTION -> "function '" + name + "'";
            case FREED -> "freed " + (name != null ? name : "block");
        };
    }
}
