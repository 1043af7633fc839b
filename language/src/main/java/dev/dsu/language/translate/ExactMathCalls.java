package dev.dsu.language.translate;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.call.LibraryFunction;
import dev.dsu.nodes.intrinsics.MathIntrinsicNode;
import dev.dsu.nodes.intrinsics.SqrtCallNode;

/**
 * Library math functions whose results are exactly defined (correctly rounded or exact), so
 * computing them inline cannot differ from glibc; they are the ones hot numeric loops call.
 * Functions whose glibc results may differ in the last bit from Java's stay library calls.
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
            return null;
        }
        if (op == MathIntrinsicNode.Op.SQRT) {
            return args.length == 1 ? new SqrtCallNode(isFloat, library, args[0]) : null;
        }
        return isFloat ? new MathIntrinsicNode.OnFloat(op, args) : new MathIntrinsicNode.OnDouble(op, args);
    }
}
