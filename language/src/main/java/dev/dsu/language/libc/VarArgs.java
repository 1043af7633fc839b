package dev.dsu.language.libc;

import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.fp80.LongDouble;
import dev.dsu.nodes.memory.Heap;

/** The variadic arguments of a printf/scanf-style call, read one at a time in C's order. */
interface VarArgs {
    /** Next integer or pointer argument (an int arrives sign-extended; callers truncate). */
    long nextLong();

    double nextDouble();

    /** Next {@code long double}. */
    default LongDouble nextLongDouble() {
        return LongDouble.fromDouble(nextDouble());
    }

    /** The arguments the call passed after the fixed ones. */
    static VarArgs of(Object[] args, int firstVariadic) {
        return new ArrayVarArgs(args, firstVariadic);
    }

    /** A {@code va_list} in memory (x86-64 SysV layout); reads update it as va_arg would. */
    static VarArgs ofVaList(Heap heap, long vaList, Node location) {
        return new VaListVarArgs(heap, vaList, location);
    }

    final class ArrayVarArgs implements VarArgs {
        private final Object[] args;
        private int next;

        ArrayVarArgs(Object[] args, int first) {
            this.args = args;
            this.next = first;
        }

        @Override
        public long nextLong() {
            if (next >= args.length) {
                return 0; // a missing argument is undefined behaviour natively: read garbage
            }
            Object o = args[next++];
            if (o instanceof Double d) {
                return Double.doubleToRawLongBits(d);
            } else if (o instanceof Float f) {
                return Double.doubleToRawLongBits(f);
            } else if (o instanceof Number n) {
                return n.longValue();
            } else if (o instanceof Boolean b) {
                return b ? 1 : 0;
            }
            return 0;
        }

        @Override
        public LongDouble nextLongDouble() {
            return next >= args.length ? LongDouble.ZERO : Fp80.arg(args, next++);
        }

        @Override
        public double nextDouble() {
            if (next >= args.length) {
                return 0;
            }
            Object o = args[next++];
            if (o instanceof Long l) {
                return Double.longBitsToDouble(l);
            } else if (o instanceof Number n) {
                return n.doubleValue();
            }
            return 0;
        }
    }

    final class VaListVarArgs implements VarArgs {
        private static final int GP_LIMIT = 48;
        private static final int FP_LIMIT = 176;

        private final Heap heap;
        private final long vaList;
        private final Node location;

        VaListVarArgs(Heap heap, long vaList, Node location) {
            this.heap = heap;
            this.vaList = vaList;
            this.location = location;
        }

        private long overflow(int size, int align) {
            long area = heap.getI64(vaList + 8, location);
            area = (area + align - 1) & -align;
            heap.putI64(vaList + 8, area + size, location);
            return area;
        }

        @Override
        public long nextLong() {
            int gp = heap.getI32(vaList, location);
            if (gp < GP_LIMIT) {
                long save = heap.getI64(vaList + 16, location);
                heap.putI32(vaList, gp + 8, location);
                return heap.getI64(save + gp, location);
            }
            return heap.getI64(overflow(8, 8), location);
        }

        @Override
        public double nextDouble() {
            int fp = heap.getI32(vaList + 4, location);
            if (fp < FP_LIMIT) {
                long save = heap.getI64(vaList + 16, location);
                heap.putI32(vaList + 4, fp + 16, location);
                return heap.getDouble(save + fp, location);
            }
            return heap.getDouble(overflow(8, 8), location);
        }

        @Override
        public LongDouble nextLongDouble() {
            // long double is always passed in memory, 16-byte aligned, as an x87 80-bit value
            return Fp80.load(heap, overflow(16, 16), location);
        }
    }
}
