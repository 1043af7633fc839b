package dev.dsu.language.translate;

import dev.dsu.language.ir.CastOp;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;
import dev.dsu.nodes.CExpressionNode;

/** Translates vector instructions and vector intrinsics (what clang's vectoriser emits at -O2). */
final class VectorTranslator {
    private VectorTranslator() {
    }

    private static IrReadException unsupported(FunctionTranslator fn, String what) {
        return new IrReadException("vector operation " + what + " is not supported yet (function " + fn.function.getName() + ")");
    }

    static CExpressionNode binary(FunctionTranslator fn, Instruction.Binary b) {
        throw unsupported(fn, b.op.name());
    }

    static CExpressionNode compare(FunctionTranslator fn, Instruction.Compare c) {
        throw unsupported(fn, "compare");
    }

    static CExpressionNode select(FunctionTranslator fn, Instruction.Select s) {
        throw unsupported(fn, "select");
    }

    static CExpressionNode fneg(FunctionTranslator fn, Instruction.FNeg n) {
        throw unsupported(fn, "fneg");
    }

    static CExpressionNode cast(FunctionTranslator fn, CastOp op, Value value, Type to) {
        throw unsupported(fn, "cast " + op);
    }

    static CExpressionNode translate(FunctionTranslator fn, Instruction i) {
        throw unsupported(fn, i.getClass().getSimpleName());
    }

    static CExpressionNode intrinsic(FunctionTranslator fn, Instruction.Call c, String op) {
        throw unsupported(fn, "intrinsic " + op);
    }
}
