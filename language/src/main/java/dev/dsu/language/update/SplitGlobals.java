package dev.dsu.language.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.dsu.language.ir.GlobalVariable;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.Module;
import dev.dsu.language.version.VersionDescriber;
import dev.dsu.runtime.version.CType;

/**
 * Optimised code may split a global C variable into pieces ({@code stats.0}, {@code stats.1}),
 * each an LLVM global whose debug info names the variable and the bits it holds. Globals are
 * paired by LLVM name, which is only right for pieces when both versions split the variable the
 * same way and its type did not change; otherwise the pieces' names say nothing about what they
 * hold, and the update is refused rather than pairing them wrongly or dropping the old value.
 */
final class SplitGlobals {
    /** One LLVM global holding (part of) a C variable: its name and its fragment, or "whole". */
    private record Piece(String global, String bits) {
    }

    private record Variable(String type, List<Piece> pieces) {
        boolean split() {
            return pieces.size() > 1 || pieces.stream().anyMatch(p -> !p.bits().equals("whole"));
        }
    }

    private SplitGlobals() {
    }

    static void requireCompatible(Module old, Module neu) throws UpdateRefused {
        Map<String, Variable> before = variables(old);
        Map<String, Variable> after = variables(neu);
        for (Map.Entry<String, Variable> e : before.entrySet()) {
            Variable a = e.getValue();
            Variable b = after.get(e.getKey());
            if (b == null || !a.split() && !b.split()) {
                continue;
            }
            if (!a.pieces().equals(b.pieces())) {
                throw new UpdateRefused("global " + e.getKey() + " is split by the optimiser into " + describe(a) + " in the running version and "
                                + describe(b) + " in the new one: its pieces cannot be paired; build both versions at -O0");
            }
            if (!a.type().equals(b.type())) {
                throw new UpdateRefused("global " + e.getKey() + " changed type, and the optimiser split it into pieces (" + describe(a)
                                + "), which cannot be transformed; build both versions at -O0");
            }
        }
    }

    private static String describe(Variable v) {
        List<String> parts = new ArrayList<>();
        for (Piece p : v.pieces()) {
            parts.add(p.bits().equals("whole") ? p.global() : p.global() + " (" + p.bits() + ")");
        }
        return String.join(", ", parts);
    }

    /** C variables by name, with the LLVM globals holding them, from the debug info. */
    private static Map<String, Variable> variables(Module m) {
        Map<String, Variable> vars = new TreeMap<>();
        for (GlobalVariable g : m.globals) {
            for (Metadata d : g.debugInfo) {
                if (d instanceof Metadata.DIGlobalVariableExpression e && e.variable instanceof Metadata.DIGlobalVariable v && v.name != null) {
                    CType type = VersionDescriber.typeOf(v.type);
                    Variable var = vars.computeIfAbsent(v.name, k -> new Variable(type == null ? "?" : type.describe(), new ArrayList<>()));
                    var.pieces().add(new Piece(g.getName(), fragment(e.expression)));
                }
            }
        }
        for (Variable v : vars.values()) {
            v.pieces().sort(java.util.Comparator.comparing(Piece::global));
        }
        return vars;
    }

    /** "bits OFFSET+SIZE" for DW_OP_LLVM_fragment, else "whole". */
    private static String fragment(Metadata expression) {
        if (expression instanceof Metadata.DIExpression x) {
            for (int i = 0; i + 2 < x.ops.length; i++) {
                if (x.ops[i] == 0x1000) {
                    return "bits " + x.ops[i + 1] + "+" + x.ops[i + 2];
                }
            }
        }
        return "whole";
    }
}
