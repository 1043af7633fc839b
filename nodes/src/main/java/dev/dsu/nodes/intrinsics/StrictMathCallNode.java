package dev.dsu.nodes.intrinsics;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.call.LibraryFunction;

/**
 * A call to sin, cos, exp, log, pow and the like, computed by the same StrictMath routine the
 * library function uses, in a plain call from compiled code: the library call boxed its
 * argument and result in an Object[] and went through the library's lambdas, five times
 * glibc's time for a numeric loop. Where the library would set errno (a NaN from a number, an
 * infinity from a finite value, for the functions that set it), the library is called instead,
 * so results and errno are the library's.
 */
public final class StrictMathCallNode extends CExpressionNode {
    public enum Op {
        SIN(false, false),
        COS(false, false),
        TAN(false, false),
        ATAN(false, false),
        SINH(false, false),
        COSH(false, false),
        TANH(false, false),
        CBRT(false, false),
        EXP(false, true),
        EXPM1(false, true),
        LOG(false, true),
        LOG10(false, true),
        LOG1P(false, true),
        ATAN2(true, false),
        HYPOT(true, false),
        POW(true, true);

        final boolean binary;
        /** The library function sets errno for some results. */
        final boolean setsErrno;

        Op(boolean binary, boolean setsErrno) {
            this.binary = binary;
            this.setsErrno = setsErrno;
        }
    }

    private final Op op;
    private final boolean isFloat;
    private final LibraryFunction library;
    @Children private final CExpressionNode[] arguments;

    private StrictMathCallNode(Op op, boolean isFloat, LibraryFunction library, CExpressionNode[] arguments) {
        this.op = op;
        this.isFloat = isFloat;
        this.library = library;
        this.arguments = arguments;
    }

    /** The node for {@code base} (the name without a float suffix), or null when it is not one of these. */
    public static StrictMathCallNode forCall(String base, boolean isFloat, LibraryFunction library, CExpressionNode[] arguments) {
        Op op = switch (base) {
            case "sin" -> Op.SIN;
            case "cos" -> Op.COS;
            case "tan" -> Op.TAN;
            case "atan" -> Op.ATAN;
            case "sinh" -> Op.SINH;
            case "cosh" -> Op.COSH;
            case "tanh" -> Op.TANH;
            case "cbrt" -> Op.CBRT;
            case "exp" -> Op.EXP;
            case "expm1" -> Op.EXPM1;
            case "log" -> Op.LOG;
            case "log10" -> Op.LOG10;
            case "log1p" -> Op.LOG1P;
            case "atan2" -> Op.ATAN2;
            case "hypot" -> Op.HYPOT;
            case "pow" -> Op.POW;
            default -> null;
        };
        return op != null && arguments.length == (op.binary ? 2 : 1) ? new StrictMathCallNode(op, isFloat, library, arguments) : null;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        double x = isFloat ? arguments[0].executeFloat(frame) : arguments[0].executeDouble(frame);
        double y = op.binary ? (isFloat ? arguments[1].executeFloat(frame) : arguments[1].executeDouble(frame)) : 0;
        double r = compute(op, x, y);
        if (op.setsErrno && errnoCase(x, y, r)) {
            return callLibrary(x, y);
        }
        return r;
    }

    @Override
    public float executeFloat(VirtualFrame frame) {
        return (float) executeDouble(frame);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return isFloat ? (Object) executeFloat(frame) : (Object) executeDouble(frame);
    }

    /** Where the library sets errno: a NaN from numbers (EDOM), an infinity from finite values (ERANGE). */
    private boolean errnoCase(double x, double y, double r) {
        boolean nanFromNumbers = Double.isNaN(r) && !Double.isNaN(x) && !(op.binary && Double.isNaN(y));
        boolean infinityFromFinite = Double.isInfinite(r) && !Double.isInfinite(x) && !(op.binary && Double.isInfinite(y));
        return nanFromNumbers || infinityFromFinite;
    }

    @TruffleBoundary
    private static double compute(Op op, double x, double y) {
        return switch (op) {
            case SIN -> StrictMath.sin(x);
            case COS -> StrictMath.cos(x);
            case TAN -> StrictMath.tan(x);
            case ATAN -> StrictMath.atan(x);
            case SINH -> StrictMath.sinh(x);
            case COSH -> StrictMath.cosh(x);
            case TANH -> StrictMath.tanh(x);
            case CBRT -> StrictMath.cbrt(x);
            case EXP -> StrictMath.exp(x);
            case EXPM1 -> StrictMath.expm1(x);
            case LOG -> StrictMath.log(x);
            case LOG10 -> StrictMath.log10(x);
            case LOG1P -> StrictMath.log1p(x);
            case ATAN2 -> StrictMath.atan2(x, y);
            case HYPOT -> StrictMath.hypot(x, y);
            case POW -> StrictMath.pow(x, y);
        };
    }

    private double callLibrary(double x, double y) {
        Object[] args = op.binary ? new Object[]{x, y} : new Object[]{x};
        return ((Number) callLibrary(library, args, this)).doubleValue();
    }

    @TruffleBoundary
    private static Object callLibrary(LibraryFunction library, Object[] args, Node location) {
        return library.call(args, location);
    }
}
