package dev.dsu.language.translate;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.call.LibraryFunction;
import dev.dsu.nodes.intrinsics.MathIntrinsicNode;
import dev.dsu.nodes.intrinsics.SqrtCallNode;
import dev.dsu.nodes.intrinsics.StrictMathCallNode;

/**
 * Library math functions computed without a library call, for the hot numeric loops that call
 * them: those whose results are exactly defined (correctly rounded or exact) inline, so they
 * cannot differ from glibc; sin, exp, pow and the like through the same StrictMath routine the
 * library function uses ({@link StrictMathCallNode}), so they cannot differ from the library.
 */
final class ExactMathCalls {
    private ExactMathCalls() {
    }

    static CExpressionNode inline(String name, LibraryFunction library, CExpressionNode[] args, ValueKind kind) {
        if (kind != ValueKind.DOUBLE && kind != ValueKind.FLOAT) {
            return null;
        }
        boolean isFloat = kind == ValueKind.FLOAT;
        String base = isFloat && name.endsWith("f") ? name.substring(0, name.length() - 1) : name;
        if (!isFloat && !name.equals(base)) {
            return null;
        }
        MathIntrinsicNode.Op op = switch (base) {
            case "fabs" -> MathIntrinsicNode.Op.FABS;
            case "floor" -> MathIntrinsicNode.Op.FLOOR;
            case "ceil" -> MathIntrinsicNode.Op.CEIL;
            case "trunc" -> MathIntrinsicNode.Op.TRUNC;
            case "round" -> MathIntrinsicNode.Op.ROUND;
            case "copysign" -> MathIntrinsicNode.Op.COPYSIGN;
            case "fmin" -> MathIntrinsicNode.Op.MINNUM;
            case "fmax" -> MathIntrinsicNode.Op.MAXNUM;
            case "sqrt" -> MathIntrinsicNode.Op.SQRT;
            default -> null;
        };
        if (op == null) {
            return StrictMathCallNode.forCall(base, isFloat, library, args);
        }
        if (op == MathIntrinsicNode.Op.SQRT) {
            return args.length == 1 ? new SqrtCallNode(isFloat, library, args[0]) : null;
        }
        return isFloat ? new MathIntrinsicNode.OnFloat(op, args) : new MathIntrinsicNode.OnDouble(op, args);
    }
}
