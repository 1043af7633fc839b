package dev.dsu.nodes;

/** Keeps integer values in the canonical form: sign-extended from their bit width. */
public final class IntegerWidth {
    private IntegerWidth() {
    }

    public static long normalize(long value, int bits) {
        if (bits >= 64) {
            return value;
        }
        int shift = 64 - bits;
        return (value << shift) >> shift;
    }

    public static long mask(int bits) {
        return bits >= 64 ? -1L : (1L << bits) - 1;
    }

    public static long zeroExtend(long value, int bits) {
        return value & mask(bits);
    }
}
