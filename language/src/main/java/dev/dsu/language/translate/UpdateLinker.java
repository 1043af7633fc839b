package dev.dsu.language.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.TruffleLanguage;

import dev.dsu.language.ir.DataLayout;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.GlobalAlias;
import dev.dsu.language.ir.GlobalVariable;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Module;
import dev.dsu.nodes.ThreadStates;
import dev.dsu.nodes.call.CFunction;
import dev.dsu.nodes.call.LibraryFunction;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;
import dev.dsu.nodes.memory.StagedObjects;
import dev.dsu.nodes.update.UpdateHook;

/**
 * Links the next version of a program into the memory of the running one, beside it: a function
 * or global that keeps its name keeps its address (pointers held in data stay valid and reach
 * the new definition), new ones get new objects. Nothing the old version uses is touched until
 * {@link Linked#commit()}.
 */
public final class UpdateLinker {
    private UpdateLinker() {
    }

    /** A global the new version keeps at the old address; {@code newType} may differ. */
    public record KeptGlobal(GlobalVariable oldGlobal, GlobalVariable newGlobal, long address) {
    }

    public static final class Linked {
        public final LoadedProgram program;
        public final List<KeptGlobal> keptGlobals = new ArrayList<>();
        public final List<String> addedGlobals = new ArrayList<>();
        private final Map<MemoryObject, CFunction> redirects = new HashMap<>();

        Linked(LoadedProgram program) {
            this.program = program;
        }

        /** Function pointers anywhere in memory now call the new definitions. */
        public void commit() {
            for (Map.Entry<MemoryObject, CFunction> e : redirects.entrySet()) {
                e.getKey().function = e.getValue();
            }
        }
    }

    /**
     * The new version's added functions and globals are created in {@code staged}, not in the
     * running program's heap: this may run while the program does.
     */
    public static Linked link(TruffleLanguage<?> language, Module module, LoadedProgram old, ThreadStates threads, UpdateHook updates,
                    LoadedProgram.LibraryLookup library, StagedObjects staged) {
        Heap heap = old.heap;
        TypeMapping types = new TypeMapping(new DataLayout(module.getDataLayout()));
        LoadedProgram program = new LoadedProgram(language, module, heap, threads, updates, types, library);
        Linked linked = new Linked(program);
        for (Function f : module.functions) {
            String name = f.getName();
            CFunction cf;
            if (!f.isDeclaration()) {
                cf = CFunction.defined(name, () -> new FunctionTranslator(program, f).translate());
            } else {
                LibraryFunction lf = library.function(name);
                cf = lf != null ? CFunction.library(name, lf) : CFunction.undefined(name);
            }
            CFunction previous = old.functionsByName.get(name);
            long address;
            if (previous != null) {
                address = previous.getAddress();
                linked.redirects.put(heap.objectOrNull(address), cf);
            } else {
                address = staged.allocateFunction(name, cf);
            }
            cf.setAddress(address);
            program.functions.put(f, cf);
            program.functionsByName.put(name, cf);
            program.addresses.put(f, address);
        }
        List<GlobalVariable> fresh = new ArrayList<>();
        for (GlobalVariable g : module.globals) {
            long address;
            GlobalVariable previous = g.isAnonymousConstant() ? null : old.module.getGlobal(g.getName());
            if (g.getInitializer() == null) {
                Long lib = library.global(g.getName());
                if (lib == null) {
                    throw new IrReadException("the new version uses the global variable '" + g.getName() + "', which nothing defines");
                }
                address = lib;
            } else if (previous != null && previous.getInitializer() != null) {
                address = old.addressOf(previous);
                linked.keptGlobals.add(new KeptGlobal(previous, g, address));
            } else {
                long size = types.layout().sizeOf(g.valueType);
                address = staged.allocate(size, g.isConstant ? MemoryObject.Kind.CONSTANT : MemoryObject.Kind.GLOBAL, g.getName());
                fresh.add(g);
                if (!g.isAnonymousConstant()) {
                    linked.addedGlobals.add(g.getName());
                }
            }
            program.addresses.put(g, address);
        }
        for (GlobalAlias a : module.aliases) {
            program.addresses.put(a, (Long) program.constants.evaluate(a.getAliasee()));
        }
        InitializerWriter writer = new InitializerWriter(heap, types, program.constants, program.relativeDifferences);
        for (GlobalVariable g : fresh) {
            writer.write(program.addressOf(g), g.valueType, g.getInitializer());
        }
        // unlike a first load, every function is translated now: unsupported code in the new
        // version refuses the update, instead of failing after the commit
        for (Function f : module.functions) {
            if (!f.isDeclaration()) {
                try {
                    program.function(f).getTarget();
                } catch (dev.dsu.language.LoadError e) {
                    throw new IrReadException(e.getMessage());
                }
            }
        }
        return linked;
    }
}
