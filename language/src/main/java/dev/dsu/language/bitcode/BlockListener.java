package dev.dsu.language.bitcode;

/** Receives the records of one block; nested blocks get their own listener (null skips them). */
interface BlockListener {
    void record(Record r);

    default BlockListener enterBlock(int blockId) {
        return null;
    }

    default void exitBlock() {
    }

    BlockListener SKIP = r -> {
    };
}
