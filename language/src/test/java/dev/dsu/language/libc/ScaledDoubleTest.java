package dev.dsu.language.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The integer route for %f %e %g gives the digits of the exact BigDecimal route, or declines. */
class ScaledDoubleTest {
    private static List<Double> values() {
        List<Double> v = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(20261207);
        // any bit pattern, over every exponent
        for (int i = 0; i < 4000; i++) {
            double d = Double.longBitsToDouble(random.nextLong() & Long.MAX_VALUE);
            if (Double.isFinite(d)) {
                v.add(d);
            }
        }
        // the ranges programs print
        for (int i = 0; i < 4000; i++) {
            v.add(Math.pow(10, random.nextDouble(-8, 16)));
        }
        // exact binary ties at every decimal position, and their neighbours
        for (int k = 1; k < 60; k++) {
            double tie = (2 * random.nextInt(1 << 20) + 1) / Math.pow(2, k % 30 + 1);
            v.add(tie);
            v.add(Math.nextUp(tie));
            v.add(Math.nextDown(tie));
        }
        // carries into a new digit, powers of ten and integers up to 2^63
        double[] fixed = {0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 9.9999995, 9.5, 99.5, 999999.5, 0.05, 0.15, 0.25, 1e-5, 1e-4, 123.456, 1e15, 1e16,
                        1e18, 9.223372036854775E18, 0x1p62, 0x1p63, 0x1p64, 4.9e-324, 2.2250738585072014E-308, Double.MAX_VALUE, 1.0 / 3, 2.0 / 3};
        for (double d : fixed) {
            v.add(d);
        }
        for (int e = -20; e <= 20; e++) {
            double p = Math.pow(10, e);
            v.add(p);
            v.add(Math.nextUp(p));
            v.add(Math.nextDown(p));
            v.add(5 * p);
        }
        for (int i = 0; i < 2000; i++) {
            long n = random.nextLong(Long.MAX_VALUE);
            v.add((double) (n >>> random.nextInt(64)));
            v.add((n >>> random.nextInt(64)) + 0.5);
        }
        return v;
    }

    @Test
    void sameDigitsAsTheExactExpansion() {
        int fast = 0;
        int checked = 0;
        for (double a : values()) {
            BigDecimal exact = new BigDecimal(a);
            for (int precision = 0; precision <= 19; precision++) {
                for (boolean alt : new boolean[]{false, true}) {
                    String f = ScaledDouble.fixed(a, precision, alt);
                    if (f != null) {
                        assertEquals(Printf.fixed(exact, precision, alt), f, "%." + precision + "f of " + a);
                        fast++;
                    }
                    String e = ScaledDouble.exponential(a, precision, alt);
                    if (e != null) {
                        assertEquals(Printf.exponential(exact, precision, alt), e, "%." + precision + "e of " + a);
                        fast++;
                    }
                    checked += 2;
                }
                String g = ScaledDouble.general(a, precision);
                if (g != null) {
                    assertEquals(Printf.general(exact, precision, false), g, "%." + precision + "g of " + a);
                    fast++;
                }
                checked++;
            }
        }
        // the integer route must carry most of the work, or it buys nothing
        assertTrue(fast > checked / 3, fast + " of " + checked);
    }

    @Test
    void commonFormatsTakeTheIntegerRoute() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            double a = random.nextDouble(1e-3, 1e9);
            assertNotNull(ScaledDouble.fixed(a, 6, false), "%f of " + a);
            assertNotNull(ScaledDouble.exponential(a, 6, false), "%e of " + a);
            assertNotNull(ScaledDouble.general(a, 6), "%g of " + a);
        }
    }
}
