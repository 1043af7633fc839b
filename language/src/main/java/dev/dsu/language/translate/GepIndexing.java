package dev.dsu.language.translate;

import dev.dsu.language.ir.Type;

/** How a getelementptr index steps through its source element type; shared by every translation of one. */
final class GepIndexing {
    private GepIndexing() {
    }

    /**
     * The type that one unit of index {@code k} steps over, and that the next index goes into:
     * the source element type itself for the first index, the element of an array or vector
     * after that. Null for a struct (its index names a field: the caller adds the field's offset)
     * and for a type that cannot be indexed.
     */
    static Type steppedType(Type current, int k) {
        if (k == 0) {
            return current;
        } else if (current instanceof Type.ArrayType a) {
            return a.element;
        } else if (current instanceof Type.VectorType v) {
            return v.element;
        }
        return null;
    }
}
