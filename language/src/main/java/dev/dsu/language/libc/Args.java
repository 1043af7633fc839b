package dev.dsu.language.libc;

/** Reading builtin arguments in the {@link Builtin} convention; a missing argument reads as 0. */
final class Args {
    private Args() {
    }

    static long l(Object[] a, int i) {
        if (i >= a.length) {
            return 0;
        }
        Object o = a[i];
        if (o instanceof Long v) {
            return v;
        } else if (o instanceof Double v) {
            return v.longValue();
        } else if (o instanceof Number v) {
            return v.longValue();
        } else if (o instanceof Boolean v) {
            return v ? 1 : 0;
        }
        return 0;
    }

    static int i(Object[] a, int i) {
        return (int) l(a, i);
    }

    /** An argument declared as an unsigned 32-bit int. */
    static long u32(Object[] a, int i) {
        return l(a, i) & 0xffffffffL;
    }

    static double d(Object[] a, int i) {
        if (i >= a.length) {
            return 0;
        }
        Object o = a[i];
        if (o instanceof Number v) {
            return v.doubleValue();
        }
        return 0;
    }

    static float f(Object[] a, int i) {
        return (float) d(a, i);
    }
}
