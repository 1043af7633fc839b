package dev.dsu.language.libc;

import dev.dsu.nodes.memory.Heap;
import com.oracle.truffle.api.nodes.Node;

/** Conversions between double and the x87 80-bit extended format that long double has in memory. */
final class Fp80 {
    private Fp80() {
    }

    static double toDouble(long mantissa, short signExp) {
        boolean negative = signExp < 0;
        int exp = signExp & 0x7fff;
        double r;
        if (exp == 0x7fff) {
            r = (mantissa << 1) == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (mantissa == 0) {
            r = 0;
        } else {
            // value = mantissa * 2^(exp - 16383 - 63); split to keep the conversion exact until scalb
            double hi = (double) (mantissa >>> 11);
            r = Math.scalb(hi, exp - 16383 - 52) + Math.scalb((double) (mantissa & 0x7ff), exp - 16383 - 63);
        }
        return negative ? -r : r;
    }

    static void store(Heap heap, long ptr, double value, Node location) {
        long bits = Double.doubleToRawLongBits(value);
        int sign = (int) (bits >>> 63) << 15;
        int exp = (int) (bits >>> 52) & 0x7ff;
        long frac = bits & 0xfffffffffffffL;
        long mantissa;
        int e;
        if (exp == 0x7ff) {
            e = 0x7fff;
            mantissa = 0x8000000000000000L | (frac << 11);
        } else if (exp == 0) {
            if (frac == 0) {
                e = 0;
                mantissa = 0;
            } else {
                int shift = Long.numberOfLeadingZeros(frac);
                mantissa = frac << shift;
                e = 1 - 1023 + 16383 - (shift - 11);
            }
        } else {
            e = exp - 1023 + 16383;
            mantissa = 0x8000000000000000L | (frac << 11);
        }
        heap.putI64(ptr, mantissa, location);
        heap.putI16(ptr + 8, (short) (sign | e), location);
        heap.putI16(ptr + 10, (short) 0, location);
        heap.putI32(ptr + 12, 0, location);
    }
}
