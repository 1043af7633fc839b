package dev.dsu.language.translate;

import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.nodes.CExpressionNode;

/** The va_arg instruction (clang lowers x86-64 va_arg to loads, so only other producers emit it). */
final class VarArgsTranslator {
    private VarArgsTranslator() {
    }

    static CExpressionNode vaArg(FunctionTranslator fn, Instruction.VaArg v) {
        throw new IrReadException("the va_arg instruction is not supported (function " + fn.function.getName() + "); clang lowers va_arg for x86-64 itself");
    }
}
