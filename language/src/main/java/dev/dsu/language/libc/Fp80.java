package dev.dsu.language.libc;

import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.fp80.LongDouble;
import dev.dsu.nodes.memory.Heap;

/** long double in memory: the x87 80-bit format, 10 bytes of a 16-byte slot. */
final class Fp80 {
    private Fp80() {
    }

    static LongDouble load(Heap heap, long ptr, Node location) {
        return new LongDouble(heap.getI64(ptr, location), heap.getI16(ptr + 8, location));
    }

    static void store(Heap heap, long ptr, LongDouble value, Node location) {
        heap.putI64(ptr, value.mantissa, location);
        heap.putI16(ptr + 8, (short) value.signExp, location);
    }

    /** A long double argument of a builtin (a LongDouble; a Double when called without a prototype). */
    static LongDouble arg(Object[] a, int i) {
        if (i >= a.length) {
            return LongDouble.ZERO;
        }
        Object o = a[i];
        if (o instanceof LongDouble l) {
            return l;
        } else if (o instanceof Number n) {
            return LongDouble.fromDouble(n.doubleValue());
        }
        return LongDouble.ZERO;
    }
}
