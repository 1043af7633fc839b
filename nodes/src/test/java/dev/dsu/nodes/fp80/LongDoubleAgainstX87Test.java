package dev.dsu.nodes.fp80;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Compares LongDouble arithmetic bit for bit with the x87 FPU: a small C program compiled by
 * gcc computes the same operations on the same operands and prints the raw result bits.
 */
class LongDoubleAgainstX87Test {
    private static final String PROGRAM = """
                    #include <stdio.h>
                    #include <string.h>
                    #include <stdint.h>
                    #include <math.h>
                    static long double ld(uint64_t m, unsigned se) {
                        long double x; memset(&x, 0, sizeof x); memcpy(&x, &m, 8); uint16_t s = se; memcpy((char *)&x + 8, &s, 2); return x;
                    }
                    static void out(long double x) {
                        uint64_t m; uint16_t se; memcpy(&m, &x, 8); memcpy(&se, (char *)&x + 8, 2);
                        printf(" %016llx %04x", (unsigned long long)m, se);
                    }
                    int main(void) {
                        unsigned long long am, bm; unsigned ae, be; long long i;
                        while (scanf("%llx %x %llx %x %lld", &am, &ae, &bm, &be, &i) == 5) {
                            volatile long double a = ld(am, ae), b = ld(bm, be);
                            out(a + b); out(a - b); out(a * b); out(a / b); out(sqrtl(a)); out(fmodl(a, b));
                            out(floorl(a)); out(rintl(a)); out((long double)i); out((long double)(unsigned long long)i);
                            double d = (double)a; float f = (float)a; uint64_t db; uint32_t fb;
                            memcpy(&db, &d, 8); memcpy(&fb, &f, 4);
                            out((long double)d);
                            printf(" %016llx %08x %d %d %d\\n", (unsigned long long)db, fb, a < b, a == b, a >= b);
                        }
                        return 0;
                    }
                    """;

    private static LongDouble randomOperand(Random r) {
        int kind = r.nextInt(10);
        long m = r.nextLong() | 0x8000000000000000L;
        if (r.nextInt(4) == 0) {
            m &= 0xFFFFFFFFFFFF0000L << r.nextInt(40); // short mantissas make exact cases and ties
            m |= 0x8000000000000000L;
        }
        int sign = r.nextBoolean() ? 0x8000 : 0;
        return switch (kind) {
            case 0 -> new LongDouble(m, sign | (LongDouble.BIAS - 16390 + r.nextInt(30))); // near the subnormals
            case 1 -> new LongDouble(m >>> (1 + r.nextInt(62)), sign); // subnormal
            case 2 -> new LongDouble(m, sign | (0x7FFE - r.nextInt(5))); // near overflow
            case 3 -> LongDouble.fromLong(r.nextInt(2001) - 1000);
            case 4 -> r.nextBoolean() ? LongDouble.ZERO : LongDouble.INFINITY.withSignOf(new LongDouble(0, sign));
            default -> new LongDouble(m, sign | (LongDouble.BIAS - 70 + r.nextInt(140)));
        };
    }

    private static String bits(LongDouble v) {
        return String.format("%016x %04x", v.mantissa, v.signExp);
    }

    @Test
    void arithmeticMatchesTheX87() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ld-x87");
        Path src = dir.resolve("ld.c");
        Path exe = dir.resolve("ld");
        Files.writeString(src, PROGRAM);
        Process cc;
        try {
            cc = new ProcessBuilder("gcc", "-O0", "-o", exe.toString(), src.toString(), "-lm").redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("gcc is not installed");
            return;
        }
        String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, cc.waitFor(), ccOut);

        Random random = new Random(80);
        List<LongDouble[]> cases = new ArrayList<>();
        List<Long> ints = new ArrayList<>();
        StringBuilder input = new StringBuilder();
        for (int k = 0; k < 4000; k++) {
            LongDouble a = randomOperand(random);
            LongDouble b = randomOperand(random);
            long i = switch (k % 3) {
                case 0 -> random.nextLong();
                case 1 -> random.nextLong() >>> random.nextInt(64);
                default -> random.nextInt();
            };
            cases.add(new LongDouble[]{a, b});
            ints.add(i);
            input.append(bits(a)).append(' ').append(bits(b)).append(' ').append(i).append('\n');
        }
        Path in = dir.resolve("operands.txt");
        Files.writeString(in, input);
        // input from a file: writing a pipe while the program fills the other would deadlock
        Process p = new ProcessBuilder(exe.toString()).redirectInput(in.toFile()).start();
        String[] lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).split("\n");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(cases.size(), lines.length);

        List<String> failures = new ArrayList<>();
        for (int k = 0; k < lines.length; k++) {
            LongDouble a = cases.get(k)[0];
            LongDouble b = cases.get(k)[1];
            long i = ints.get(k);
            StringBuilder ours = new StringBuilder();
            for (LongDouble v : new LongDouble[]{Fp80Arithmetic.add(a, b), Fp80Arithmetic.subtract(a, b), Fp80Arithmetic.multiply(a, b),
                            Fp80Arithmetic.divide(a, b), Fp80Arithmetic.sqrt(a), Fp80Arithmetic.remainder(a, b),
                            Fp80Arithmetic.toIntegral(a, Fp80Arithmetic.Integral.FLOOR), Fp80Arithmetic.toIntegral(a, Fp80Arithmetic.Integral.ROUND_HALF_EVEN),
                            LongDouble.fromLong(i), LongDouble.fromUnsignedLong(i), LongDouble.fromDouble(a.toDouble())}) {
                ours.append(' ').append(bits(v));
            }
            ours.append(String.format(" %016x %08x %d %d %d", Double.doubleToRawLongBits(a.toDouble()), Float.floatToRawIntBits(a.toFloat()),
                            LongDouble.compare(4, a, b) ? 1 : 0, LongDouble.compare(1, a, b) ? 1 : 0, LongDouble.compare(3, a, b) ? 1 : 0));
            if (!ours.toString().equals(lines[k])) {
                failures.add("a=" + bits(a) + " b=" + bits(b) + " i=" + i + "\n  x87: " + lines[k] + "\n  ours:" + ours);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " mismatches, first:\n" + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
    }

    @Test
    void parsesAndPrintsExactly() {
        LongDouble third = Fp80Arithmetic.divide(LongDouble.ONE, LongDouble.fromLong(3));
        assertEquals(third, LongDoubleParser.parse("0.333333333333333333342"));
        assertEquals(0xAAAAAAAAAAAAAAABL, third.mantissa);
        assertEquals(0x3FFD, third.signExp);
        assertTrue(third.toBigDecimal().toPlainString().startsWith("0.333333333333333333342"));
        assertEquals(0, new LongDouble(0x8000000000000000L, 0x3FFE).toBigDecimal().compareTo(new java.math.BigDecimal("0.5")));
        assertEquals(LongDouble.fromLong(1), LongDoubleParser.parse("0x8p-3"));
        assertEquals(LongDouble.INFINITY, LongDoubleParser.parse("1e5000"));
        assertEquals(LongDouble.NEGATIVE_ZERO, LongDoubleParser.parse("-1e-5000"));
    }
}
