package dev.dsu.language.translate;

import com.oracle.truffle.api.TruffleLanguage;

import dev.dsu.language.ir.DataLayout;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.GlobalAlias;
import dev.dsu.language.ir.GlobalVariable;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Module;
import dev.dsu.nodes.ThreadStates;
import dev.dsu.nodes.update.UpdateHook;
import dev.dsu.nodes.call.CFunction;
import dev.dsu.nodes.call.LibraryFunction;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;

/**
 * Links a module into memory, like a loader: functions and globals get addresses, external
 * symbols are bound to the C library and initializers are written. Function bodies are
 * translated to nodes on their first call: start-up then costs what the run uses, not what the
 * module contains (code a run never calls is never translated, and unsupported code in it is
 * reported only if it is called).
 */
public final class ProgramLoader {
    private ProgramLoader() {
    }

    /** Translation on first call: unsupported code becomes the same clear error a load would give. */
    static com.oracle.truffle.api.RootCallTarget translate(LoadedProgram program, Function f) {
        try {
            return new FunctionTranslator(program, f).translate();
        } catch (IrReadException e) {
            throw new dev.dsu.language.LoadError(f.getName() + ": " + e.getMessage());
        }
    }

    public static LoadedProgram load(TruffleLanguage<?> language, Module module, Heap heap, ThreadStates threads, UpdateHook updates,
                    LoadedProgram.LibraryLookup library) {
        TypeMapping types = new TypeMapping(new DataLayout(module.getDataLayout()));
        LoadedProgram program = new LoadedProgram(language, module, heap, threads, updates, types, library);
        for (Function f : module.functions) {
            String name = f.getName();
            CFunction cf;
            if (!f.isDeclaration()) {
                cf = CFunction.defined(name, () -> translate(program, f));
            } else {
                LibraryFunction lf = library.function(name);
                cf = lf != null ? CFunction.library(name, lf) : CFunction.undefined(name);
            }
            long address = heap.allocateFunction(name, cf);
            cf.setAddress(address);
            program.functions.put(f, cf);
            program.functionsByName.put(name, cf);
            program.addresses.put(f, address);
        }
        for (GlobalVariable g : module.globals) {
            long address;
            if (g.getInitializer() == null) {
                Long lib = library.global(g.getName());
                if (lib == null) {
                    throw new IrReadException("the program uses the global variable '" + g.getName()
                                    + "', which it does not define and the C library does not provide");
                }
                address = lib;
            } else {
                long size = types.layout().sizeOf(g.valueType);
                address = heap.allocate(size, g.isConstant ? MemoryObject.Kind.CONSTANT : MemoryObject.Kind.GLOBAL, g.getName());
            }
            program.addresses.put(g, address);
        }
        for (GlobalAlias a : module.aliases) {
            program.addresses.put(a, 0L);
        }
        for (GlobalAlias a : module.aliases) {
            program.addresses.put(a, (Long) program.constants.evaluate(a.getAliasee()));
        }
        InitializerWriter writer = new InitializerWriter(heap, types, program.constants, program.relativeDifferences);
        for (GlobalVariable g : module.globals) {
            if (g.getInitializer() != null) {
                writer.write(program.addressOf(g), g.valueType, g.getInitializer());
            }
        }
        return program;
    }
}
