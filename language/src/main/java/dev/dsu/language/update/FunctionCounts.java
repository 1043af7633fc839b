package dev.dsu.language.update;

import java.util.HashMap;
import java.util.Map;

import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Module;
import dev.dsu.language.ir.ModulePrinter;

/** How the functions of two versions relate, for the update report. */
final class FunctionCounts {
    private FunctionCounts() {
    }

    static String between(Module from, Module to) {
        from.materializeAll();
        to.materializeAll();
        Map<String, Function> old = new HashMap<>();
        for (Function f : from.functions) {
            if (!f.isDeclaration()) {
                old.put(f.getName(), f);
            }
        }
        int replaced = 0;
        int unchanged = 0;
        int added = 0;
        for (Function f : to.functions) {
            if (f.isDeclaration()) {
                continue;
            }
            Function o = old.remove(f.getName());
            if (o == null) {
                added++;
            } else if (ModulePrinter.printCode(o).equals(ModulePrinter.printCode(f))) {
                unchanged++;
            } else {
                replaced++;
            }
        }
        return "functions: " + replaced + " replaced, " + added + " added, " + old.size() + " removed, " + unchanged + " unchanged";
    }
}
