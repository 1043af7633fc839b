package dev.dsu.language.libc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** strtod's short route gives Double.parseDouble's correctly rounded value, and the same end. */
class ShortDecimalTest {
    private static Conversions.FloatResult parse(String text) {
        return ShortDecimal.parse(text.getBytes(StandardCharsets.ISO_8859_1), 0);
    }

    @Test
    void sameValueAsTheGeneralParser() {
        SplittableRandom random = new SplittableRandom(42);
        int fast = 0;
        for (int k = 0; k < 200000; k++) {
            StringBuilder b = new StringBuilder();
            if (random.nextInt(4) == 0) {
                b.append(random.nextBoolean() ? '-' : '+');
            }
            int digits = 1 + random.nextInt(18);
            int point = random.nextInt(digits + 2) - 1;
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    b.append('.');
                }
                b.append((char) ('0' + (d == 0 && random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
            }
            if (random.nextInt(3) == 0) {
                b.append(random.nextBoolean() ? 'e' : 'E');
                if (random.nextBoolean()) {
                    b.append(random.nextBoolean() ? '-' : '+');
                }
                b.append(random.nextInt(40));
            }
            String text = b.toString();
            Conversions.FloatResult r = parse(text + "x");
            if (r != null) {
                fast++;
                double expected = Double.parseDouble(text);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(r.value), text);
                assertEquals(text.length(), r.end, text);
            }
        }
        assertTrue(fast > 100000, "short route taken " + fast + " times of 200000");
    }

    @Test
    void declinesWhatItCannotRoundExactly() {
        assertNull(parse("1234567890123456"));
        assertNull(parse("1e23"));
        assertNull(parse("1e-23"));
        assertNull(parse("0x1p3"));
        assertNull(parse("inf"));
        assertNull(parse("."));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(parse("-0.000e5").value));
        assertEquals(2, parse("5.e").end);
        assertEquals(1, parse("1e+x").end);
    }
}
