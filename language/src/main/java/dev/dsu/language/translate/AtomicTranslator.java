package dev.dsu.language.translate;

import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;
import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.CStatementNode;
import dev.dsu.nodes.atomic.AtomicLoadNode;
import dev.dsu.nodes.atomic.AtomicReadModifyWriteNode;
import dev.dsu.nodes.atomic.AtomicStoreNode;
import dev.dsu.nodes.atomic.CompareExchangeNode;
import dev.dsu.nodes.atomic.FloatAtomicReadModifyWriteNode;
import dev.dsu.nodes.vector.SaturatingArithmetic;
import dev.dsu.nodes.vector.SaturatingArithmeticNode;

/**
 * Translates atomicrmw, cmpxchg, atomic load and store (all serialised on the heap's monitor, so
 * one lock orders every atomic access of a program), and the scalar intrinsics that reach this
 * hook because the general intrinsic table does not know them.
 */
final class AtomicTranslator {
    private AtomicTranslator() {
    }

    private static IrReadException unsupported(FunctionTranslator fn, String what) {
        return new IrReadException("atomic " + what + " is not supported (function " + fn.function.getName() + ")");
    }

    static CExpressionNode translate(FunctionTranslator fn, Instruction i) {
        if (i instanceof Instruction.AtomicRMW r) {
            return readModifyWrite(fn, r);
        } else if (i instanceof Instruction.CmpXchg x) {
            int bits = accessBits(fn, x.expected.getType());
            return new CompareExchangeNode(bits, fn.program.heap, fn.operand(x.pointer), fn.operand(x.expected), fn.operand(x.replacement));
        }
        throw unsupported(fn, i.getClass().getSimpleName());
    }

    private static CExpressionNode readModifyWrite(FunctionTranslator fn, Instruction.AtomicRMW r) {
        Type t = r.value.getType();
        CExpressionNode address = fn.operand(r.pointer);
        CExpressionNode value = fn.operand(r.value);
        if (t instanceof Type.FloatType f) {
            if (f.kind != Type.FloatType.Kind.FLOAT && f.kind != Type.FloatType.Kind.DOUBLE) {
                throw unsupported(fn, "atomicrmw on " + t);
            }
            FloatAtomicReadModifyWriteNode.Op op = switch (r.op) {
                case XCHG -> FloatAtomicReadModifyWriteNode.Op.XCHG;
                case FADD -> FloatAtomicReadModifyWriteNode.Op.FADD;
                case FSUB -> FloatAtomicReadModifyWriteNode.Op.FSUB;
                case FMAX -> FloatAtomicReadModifyWriteNode.Op.FMAX;
                case FMIN -> FloatAtomicReadModifyWriteNode.Op.FMIN;
                default -> throw unsupported(fn, "atomicrmw " + r.op + " on " + t);
            };
            return new FloatAtomicReadModifyWriteNode(op, f.kind == Type.FloatType.Kind.FLOAT, fn.program.heap, address, value);
        }
        AtomicReadModifyWriteNode.Op op = switch (r.op) {
            case XCHG -> AtomicReadModifyWriteNode.Op.XCHG;
            case ADD -> AtomicReadModifyWriteNode.Op.ADD;
            case SUB -> AtomicReadModifyWriteNode.Op.SUB;
            case AND -> AtomicReadModifyWriteNode.Op.AND;
            case NAND -> AtomicReadModifyWriteNode.Op.NAND;
            case OR -> AtomicReadModifyWriteNode.Op.OR;
            case XOR -> AtomicReadModifyWriteNode.Op.XOR;
            case MAX -> AtomicReadModifyWriteNode.Op.MAX;
            case MIN -> AtomicReadModifyWriteNode.Op.MIN;
            case UMAX -> AtomicReadModifyWriteNode.Op.UMAX;
            case UMIN -> AtomicReadModifyWriteNode.Op.UMIN;
            case UINC_WRAP -> AtomicReadModifyWriteNode.Op.UINC_WRAP;
            case UDEC_WRAP -> AtomicReadModifyWriteNode.Op.UDEC_WRAP;
            default -> throw unsupported(fn, "atomicrmw " + r.op + " on " + t);
        };
        return new AtomicReadModifyWriteNode(op, accessBits(fn, t), fn.program.heap, address, value);
    }

    /** Width of an atomic integer or pointer access; wider ones (i128) are not supported. */
    private static int accessBits(FunctionTranslator fn, Type t) {
        int bits = TypeMapping.intBits(t);
        if (!(t instanceof Type.IntType || t instanceof Type.PointerType) || (bits != 8 && bits != 16 && bits != 32 && bits != 64)) {
            throw unsupported(fn, "access to " + t);
        }
        return bits;
    }

    /** load atomic (any ordering but not_atomic): to be called where plain loads are translated. */
    static CExpressionNode load(FunctionTranslator fn, Instruction.Load l) {
        return new AtomicLoadNode(fn.program.heap, fn.program.types.storageOf(l.getType()), fn.operand(l.pointer));
    }

    /** store atomic, likewise. */
    static CStatementNode store(FunctionTranslator fn, Instruction.Store s) {
        return new AtomicStoreNode(fn.program.heap, fn.program.types.storageOf(s.value.getType()), fn.operand(s.pointer), fn.operand(s.value));
    }

    /** Intrinsics the general table leaves over that belong to this and the vector translator; null when not one. */
    static CExpressionNode intrinsic(FunctionTranslator fn, Instruction.Call c, String op) {
        if (op.startsWith("vector.") || op.startsWith("experimental.vector.")) {
            // reduce.fadd/fmul take a scalar start value first, so the vector check upstream misses them
            return VectorTranslator.intrinsic(fn, c, op);
        }
        SaturatingArithmetic.Op saturating = switch (op) {
            case "sadd.sat" -> SaturatingArithmetic.Op.SADD;
            case "uadd.sat" -> SaturatingArithmetic.Op.UADD;
            case "ssub.sat" -> SaturatingArithmetic.Op.SSUB;
            case "usub.sat" -> SaturatingArithmetic.Op.USUB;
            default -> null;
        };
        if (saturating != null) {
            Value[] a = c.arguments;
            Type t = c.functionType.returnType;
            if (TypeMapping.intBits(t) > 64) {
                return null;
            }
            return new SaturatingArithmeticNode(saturating, TypeMapping.intBits(t), fn.operand(a[0]), fn.operand(a[1]));
        }
        return null;
    }
}
