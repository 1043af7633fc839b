package dev.dsu.language.bitcode;

/** Receives the records of one block; nested blocks get their own listener (null skips them). */
interface BlockListener {
    void record(Record r);

    default BlockListener enterBlock(int blockId) {
        return null;
    }

    default void exitBlock() {
    }

    /** True when a nested block of this kind is to be parsed later: the scanner then only reports where it is. */
    default boolean defers(int blockId) {
        return false;
    }

    default void deferred(BitstreamScanner.TopBlock block) {
    }

    BlockListener SKIP = r -> {
    };
}
