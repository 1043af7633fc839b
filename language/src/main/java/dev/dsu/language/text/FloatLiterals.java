package dev.dsu.language.text;

import java.math.BigInteger;

import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Type;

/** Floating point literals: decimal, 0x (double bits), 0xK (x87), 0xH (half), 0xR (bfloat), 0xL/0xM (128-bit). */
final class FloatLiterals {
    private FloatLiterals() {
    }

    static Constant.Float parse(Cursor c, Token t, Type type) {
        if (!(type instanceof Type.FloatType ft)) {
            throw c.errorAt(t, "floating point literal for non-floating type " + type);
        }
        if (t.kind() == Token.Kind.FLOAT || t.kind() == Token.Kind.INTEGER) {
            double d = Double.parseDouble(t.text());
            return make(ft, d);
        }
        String text = t.text();
        char kind = text.length() > 2 && "KLMHR".indexOf(text.charAt(2)) >= 0 ? text.charAt(2) : 'x';
        String hex = kind == 'x' ? text.substring(2) : text.substring(3);
        if (hex.isEmpty()) {
            throw c.errorAt(t, "expected hex digits in floating point literal");
        }
        BigInteger bits = new BigInteger(hex, 16);
        switch (kind) {
            case 'x': {
                double d = Double.longBitsToDouble(bits.longValue());
                return make(ft, d);
            }
            case 'K': {
                if (ft.kind != Type.FloatType.Kind.X86_FP80) {
                    throw c.errorAt(t, "0xK literal needs x86_fp80");
                }
                byte[] b = new byte[10];
                for (int i = 0; i < 10; i++) {
                    b[i] = bits.shiftRight(8 * i).byteValue();
                }
                return new Constant.Float(ft, x87ToDouble(b), b);
            }
            case 'H':
                return new Constant.Float(ft, Float.float16ToFloat((short) bits.intValue()));
            case 'R':
                return new Constant.Float(ft, Float.intBitsToFloat(bits.intValue() << 16));
            default:
                // fp128 / ppc_fp128: keep an approximation of zero magnitude; C on x86-64 does not produce these
                return new Constant.Float(ft, 0.0);
        }
    }

    static Constant.Float make(Type.FloatType ft, double d) {
        return switch (ft.kind) {
            case FLOAT -> new Constant.Float(ft, (float) d);
            case HALF -> new Constant.Float(ft, Float.float16ToFloat(Float.floatToFloat16((float) d)));
            case X86_FP80 -> new Constant.Float(ft, d, doubleToX87(d));
            default -> new Constant.Float(ft, d);
        };
    }

    /** Approximates an x87 extended value (10 bytes, little endian) as a double. */
    static double x87ToDouble(byte[] b) {
        long mant = 0;
        for (int i = 7; i >= 0; i--) {
            mant = (mant << 8) | (b[i] & 0xff);
        }
        int se = ((b[9] & 0xff) << 8) | (b[8] & 0xff);
        boolean neg = (se & 0x8000) != 0;
        int exp = se & 0x7fff;
        double r;
        if (exp == 0x7fff) {
            r = (mant << 1) == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (exp == 0 && mant == 0) {
            r = 0.0;
        } else {
            // value = mant * 2^(exp - 16383 - 63); mant is unsigned 64-bit
            double m = (mant >>> 11) * 2048.0 + (mant & 0x7ff);
            r = Math.scalb(m, exp - 16383 - 63);
        }
        return neg ? -r : r;
    }

    static byte[] doubleToX87(double d) {
        byte[] b = new byte[10];
        long bits = Double.doubleToRawLongBits(d);
        boolean neg = bits < 0;
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long frac = bits & 0xfffffffffffffL;
        int se;
        long mant;
        if (exp == 0 && frac == 0) {
            se = 0;
            mant = 0;
        } else if (exp == 0x7ff) {
            se = 0x7fff;
            mant = 0x8000000000000000L | (frac << 11);
        } else if (exp == 0) {
            // subnormal double: normalise
            int shift = Long.numberOfLeadingZeros(frac) - 11;
            mant = frac << (11 + shift);
            se = -1022 - shift + 16383;
        } else {
            se = exp - 1023 + 16383;
            mant = 0x8000000000000000L | (frac << 11);
        }
        if (neg) {
            se |= 0x8000;
        }
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (mant >>> (8 * i));
        }
        b[8] = (byte) se;
        b[9] = (byte) (se >>> 8);
        return b;
    }
}
