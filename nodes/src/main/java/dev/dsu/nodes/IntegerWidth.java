package dev.dsu.nodes;

/** Keeps integer values in the canonical form: sign-extended from their bit width. */
public final class IntegerWidth {
    private IntegerWidth() {
    }

    public static long normalize(long value, int bits) {
        // Casts for the common widths: Graal compiles them to one movsx, a shift pair to two
        // dependent instructions on every i32 operation.
        switch (bits) {
            case 32:
                return (int) value;
            case 16:
                return (short) value;
            case 8:
                return (byte) value;
            default:
                break;
        }
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
