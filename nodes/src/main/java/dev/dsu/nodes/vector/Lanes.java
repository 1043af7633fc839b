package dev.dsu.nodes.vector;

import dev.dsu.nodes.ValueKind;

/** Boxed access to single lanes of any vector representation, for the slow generic paths. */
final class Lanes {
    private Lanes() {
    }

    static Object allocate(ValueKind lane, int length) {
        return switch (lane) {
            case FLOAT -> new float[length];
            case DOUBLE -> new double[length];
            default -> new long[length];
        };
    }

    static Object get(Object vector, int k) {
        if (vector instanceof long[] l) {
            return l[k];
        } else if (vector instanceof double[] d) {
            return d[k];
        }
        return ((float[]) vector)[k];
    }

    static void set(Object vector, int k, Object value) {
        if (vector instanceof long[] l) {
            l[k] = (Long) value;
        } else if (vector instanceof double[] d) {
            d[k] = (Double) value;
        } else {
            ((float[]) vector)[k] = (Float) value;
        }
    }

    static Object copy(Object vector) {
        if (vector instanceof long[] l) {
            return l.clone();
        } else if (vector instanceof double[] d) {
            return d.clone();
        }
        return ((float[]) vector).clone();
    }
}
