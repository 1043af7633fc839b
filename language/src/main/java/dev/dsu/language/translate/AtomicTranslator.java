package dev.dsu.language.translate;

import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.nodes.CExpressionNode;

/** Translates atomicrmw, cmpxchg and atomic intrinsics. */
final class AtomicTranslator {
    private AtomicTranslator() {
    }

    static CExpressionNode translate(FunctionTranslator fn, Instruction i) {
        throw new IrReadException("atomic instruction " + i.getClass().getSimpleName() + " is not supported yet (function " + fn.function.getName() + ")");
    }

    /** Atomic-flavoured intrinsics; null when the name is not one. */
    static CExpressionNode intrinsic(FunctionTranslator fn, Instruction.Call c, String op) {
        return null;
    }
}
