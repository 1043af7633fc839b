package dev.dsu.language.translate;

import dev.dsu.language.ir.CastOp;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Type;
import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.fp80.Fp80CastNode;

/** Casts from or to x86_fp80 (long double), whose run-time values are LongDouble objects. */
final class Fp80Casts {
    private Fp80Casts() {
    }

    static CExpressionNode cast(CastOp op, CExpressionNode v, Type from, Type to) {
        boolean unsigned = op == CastOp.UITOFP || op == CastOp.FPTOUI;
        switch (op) {
            case BITCAST:
                if (TypeMapping.isFp80(from) && TypeMapping.isFp80(to)) {
                    return v;
                } else if (TypeMapping.intBits(from) == 80) {
                    return new Fp80CastNode.FromBits(v);
                } else if (TypeMapping.intBits(to) == 80) {
                    return new Fp80CastNode.ToBits(v);
                }
                throw new IrReadException("bitcast between " + from + " and " + to + " is not supported");
            case FPEXT:
            case FPTRUNC:
                if (TypeMapping.isFp80(from) && TypeMapping.isFp80(to)) {
                    return v;
                } else if (TypeMapping.isFp80(to)) {
                    return new Fp80CastNode.FromDouble(from.equals(Type.FLOAT), v);
                } else if (to.equals(Type.FLOAT)) {
                    return new Fp80CastNode.ToFloat(v);
                }
                return new Fp80CastNode.ToDouble(v);
            case SITOFP:
            case UITOFP: {
                int bits = TypeMapping.intBits(from);
                return bits > 64 ? new Fp80CastNode.FromWideInt(unsigned, bits, v) : new Fp80CastNode.FromInt(unsigned, bits, v);
            }
            case FPTOSI:
            case FPTOUI: {
                int bits = TypeMapping.intBits(to);
                return bits > 64 ? new Fp80CastNode.ToWideInt(bits, v) : new Fp80CastNode.ToInt(unsigned, bits, v);
            }
            default:
                throw new IrReadException("unsupported cast " + op + " from " + from + " to " + to);
        }
    }
}
