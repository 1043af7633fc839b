package dev.dsu.language.bitcode;

import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * A constants-block record not yet turned into a constant: records may refer to entries later
 * in the same block (aggregates, constant expressions), so they are built on first use.
 */
final class PendingConstant extends Value {
    final int code;
    final long[] ops;
    boolean building;

    PendingConstant(Type type, int code, long[] ops) {
        super(type);
        this.code = code;
        this.ops = ops;
    }
}
