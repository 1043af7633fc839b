package dev.dsu.language.libc;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The _Complex multiply/divide helpers against libgcc's, on special and extreme operands. */
class ComplexArithmeticTest {
    private static final double[] VALUES = {0.0, -0.0, 1.0, -1.5, 3.0, 1e-310, 1e300, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                    Double.NaN, 0.1};

    /** NaNs compare by sign only (payloads are not part of the contract); other values by bits. */
    private static String bits(double v) {
        return Double.isNaN(v) ? (Double.doubleToRawLongBits(v) < 0 ? "-nan" : "nan") : String.format("%016x", Double.doubleToRawLongBits(v));
    }

    private static String bits(float v) {
        return Float.isNaN(v) ? (Float.floatToRawIntBits(v) < 0 ? "-nan" : "nan") : String.format("%08x", Float.floatToRawIntBits(v));
    }

    @Test
    void helpersMatchLibgcc() throws Exception {
        StringBuilder c = new StringBuilder("#include <stdio.h>\n#include <string.h>\n#include <math.h>\n");
        c.append("double _Complex __muldc3(double,double,double,double); double _Complex __divdc3(double,double,double,double);\n");
        c.append("float _Complex __mulsc3(float,float,float,float); float _Complex __divsc3(float,float,float,float);\n");
        c.append("static void d(double v){ unsigned long long b; memcpy(&b,&v,8); if (isnan(v)) printf(signbit(v)?\" -nan\":\" nan\"); else printf(\" %016llx\", b); }\n");
        c.append("static void f(float v){ unsigned b; memcpy(&b,&v,4); if (isnan(v)) printf(signbit(v)?\" -nan\":\" nan\"); else printf(\" %08x\", b); }\n");
        c.append("static const double V[] = {");
        for (double v : VALUES) {
            c.append(LibcTestSupport.cDouble(v)).append(',');
        }
        c.append("};\nint main(void){ int n = sizeof V / sizeof *V;\n");
        c.append(" for(int i=0;i<n;i++)for(int j=0;j<n;j++)for(int k=0;k<n;k++)for(int l=0;l<n;l++){ double a=V[i],b=V[j],x=V[k],y=V[l];\n");
        c.append("  double _Complex m=__muldc3(a,b,x,y), q=__divdc3(a,b,x,y); float _Complex fm=__mulsc3(a,b,x,y), fq=__divsc3(a,b,x,y);\n");
        c.append("  d(__real__ m); d(__imag__ m); d(__real__ q); d(__imag__ q); f(__real__ fm); f(__imag__ fm); f(__real__ fq); f(__imag__ fq); printf(\"\\n\"); }\n");
        c.append(" return 0; }\n");
        String expected = LibcTestSupport.runC(c.toString(), "");

        LibcTestSupport t = new LibcTestSupport();
        StringBuilder ours = new StringBuilder();
        List<String> labels = new ArrayList<>();
        for (double a : VALUES) {
            for (double b : VALUES) {
                for (double x : VALUES) {
                    for (double y : VALUES) {
                        Object[] m = (Object[]) t.call("__muldc3", a, b, x, y);
                        Object[] q = (Object[]) t.call("__divdc3", a, b, x, y);
                        float[] fm = (float[]) t.call("__mulsc3", (float) a, (float) b, (float) x, (float) y);
                        float[] fq = (float[]) t.call("__divsc3", (float) a, (float) b, (float) x, (float) y);
                        ours.append(' ').append(bits((Double) m[0])).append(' ').append(bits((Double) m[1]));
                        ours.append(' ').append(bits((Double) q[0])).append(' ').append(bits((Double) q[1]));
                        ours.append(' ').append(bits(fm[0])).append(' ').append(bits(fm[1]));
                        ours.append(' ').append(bits(fq[0])).append(' ').append(bits(fq[1])).append('\n');
                        labels.add("(" + a + ", " + b + ") op (" + x + ", " + y + ") [mul, div, mulf, divf]");
                    }
                }
            }
        }
        LibcTestSupport.assertSameLines(expected, ours.toString(), labels);
    }
}
