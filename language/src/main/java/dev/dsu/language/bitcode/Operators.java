package dev.dsu.language.bitcode;

import dev.dsu.language.ir.AtomicOrdering;
import dev.dsu.language.ir.BinOp;
import dev.dsu.language.ir.CastOp;
import dev.dsu.language.ir.CmpPredicate;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Linkage;
import dev.dsu.language.ir.Type;

/** Decoding of the small enumerations that records store as numbers. */
final class Operators {
    private Operators() {
    }

    static BinOp binOp(long code, Type type) {
        boolean fp = TypeUtil.scalar(type) instanceof Type.FloatType;
        if (fp) {
            return switch ((int) code) {
                case 0 -> BinOp.FADD;
                case 1 -> BinOp.FSUB;
                case 2 -> BinOp.FMUL;
                case 4 -> BinOp.FDIV;
                case 6 -> BinOp.FREM;
                default -> throw new IrReadException("invalid floating binary operator code " + code);
            };
        }
        if (code < 0 || code > 12) {
            throw new IrReadException("invalid binary operator code " + code);
        }
        return BinOp.values()[(int) code];
    }

    static CastOp castOp(long code) {
        if (code < 0 || code >= CastOp.values().length) {
            throw new IrReadException("invalid cast operator code " + code);
        }
        return CastOp.values()[(int) code];
    }

    static CmpPredicate predicate(long code) {
        try {
            return CmpPredicate.fromCode((int) code);
        } catch (IllegalArgumentException e) {
            throw new IrReadException("invalid comparison predicate " + code);
        }
    }

    static AtomicOrdering ordering(long code) {
        if (code < 0 || code >= AtomicOrdering.values().length) {
            throw new IrReadException("invalid atomic ordering " + code);
        }
        return AtomicOrdering.values()[(int) code];
    }

    /** LLVM's alignment encoding: log2(align) + 1, with 0 meaning unspecified. */
    static int alignment(long encoded) {
        if (encoded <= 0) {
            return 0;
        }
        if (encoded > 32) {
            throw new IrReadException("invalid alignment encoding " + encoded);
        }
        return (int) ((1L << encoded) >> 1);
    }

    static Linkage linkage(long code) {
        return switch ((int) code) {
            case 0, 5, 6, 15 -> Linkage.EXTERNAL;
            case 2 -> Linkage.APPENDING;
            case 3 -> Linkage.INTERNAL;
            case 7 -> Linkage.EXTERN_WEAK;
            case 8 -> Linkage.COMMON;
            case 9, 13, 14 -> Linkage.PRIVATE;
            case 12 -> Linkage.AVAILABLE_EXTERNALLY;
            case 1, 16 -> Linkage.WEAK;
            case 10, 17 -> Linkage.WEAK_ODR;
            case 4, 18 -> Linkage.LINKONCE;
            case 11, 19 -> Linkage.LINKONCE_ODR;
            default -> throw new IrReadException("unknown linkage code " + code);
        };
    }
}
