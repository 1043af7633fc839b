package dev.dsu.language.bitcode;

import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Value;

/** VALUE_SYMTAB blocks: local names in functions; global names only in pre-STRTAB bitcode. */
final class SymbolTableListener {
    private static final int ENTRY = 1;
    private static final int BBENTRY = 2;
    private static final int FNENTRY = 3;

    private SymbolTableListener() {
    }

    static BlockListener forModule(ModuleContext ctx) {
        return r -> {
            if ((r.code == ENTRY && r.size() > 1) || (r.code == FNENTRY && r.size() > 2)) {
                Value v = ctx.values.get(r.get(0), null);
                if (v.getName() == null || v.getName().isEmpty()) {
                    v.setName(r.string(r.code == ENTRY ? 1 : 2));
                }
            }
        };
    }

    static BlockListener forFunction(ModuleContext ctx, BasicBlock[] blocks) {
        return r -> {
            if (r.code == ENTRY) {
                ctx.values.get(r.get(0), null).setName(r.string(1));
            } else if (r.code == BBENTRY) {
                long id = r.get(0);
                if (id < 0 || id >= blocks.length) {
                    throw new IrReadException("symbol table names unknown basic block " + id);
                }
                blocks[(int) id].setName(r.string(1));
            }
        };
    }
}
