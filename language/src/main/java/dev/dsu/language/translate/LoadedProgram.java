package dev.dsu.language.translate;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.TruffleLanguage;

import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.GlobalValue;
import dev.dsu.language.ir.Module;
import dev.dsu.nodes.ThreadStates;
import dev.dsu.nodes.update.UpdateHook;
import dev.dsu.nodes.call.CFunction;
import dev.dsu.nodes.call.LibraryFunction;
import dev.dsu.nodes.memory.Heap;

/**
 * A module linked into memory: every global and function has an address, the C library is
 * bound, and function bodies are translated to nodes on their first call.
 */
public final class LoadedProgram {
    /** Finds C library functions by name (null when the library has none). */
    public interface LibraryLookup {
        LibraryFunction function(String name);

        /** Address of a library data object such as stdout, or null. */
        Long global(String name);
    }

    public final TruffleLanguage<?> language;
    public final Module module;
    public final Heap heap;
    public final TypeMapping types;
    public final ConstantEvaluator constants;
    public final LibraryLookup library;
    public final ThreadStates threads;
    public final UpdateHook updates;
    /** Frame layouts of the translated functions, by name (what an update maps frames with); see {@link #layout}. */
    final Map<String, FrameLayout> layouts = new java.util.concurrent.ConcurrentHashMap<>();
    final Map<GlobalValue, Long> addresses = new HashMap<>();
    final Map<Function, CFunction> functions = new HashMap<>();
    final Map<String, CFunction> functionsByName = new HashMap<>();
    /** Full address differences behind 32-bit relative pointers in initializers (see LoadRelativeNode). */
    final Map<Long, Long> relativeDifferences = new HashMap<>();

    LoadedProgram(TruffleLanguage<?> language, Module module, Heap heap, ThreadStates threads, UpdateHook updates, TypeMapping types, LibraryLookup library) {
        this.threads = threads;
        this.updates = updates;
        this.language = language;
        this.module = module;
        this.heap = heap;
        this.types = types;
        this.library = library;
        this.constants = new ConstantEvaluator(types.layout(), this::addressOf);
    }

    public long addressOf(GlobalValue g) {
        Long a = addresses.get(g);
        if (a == null) {
            throw new IllegalStateException("no address for " + g.getName());
        }
        return a;
    }

    public CFunction function(Function f) {
        return functions.get(f);
    }

    /** The frame layout of a function the program defines (translating it if it was never called), or null. */
    public FrameLayout layout(String name) {
        CFunction f = definedFunction(name);
        if (f == null) {
            return null;
        }
        f.getTarget();
        return layouts.get(name);
    }

    public int translatedFunctions() {
        return layouts.size();
    }

    /** The program's own definition of a function, or null. */
    public CFunction definedFunction(String name) {
        CFunction f = functionsByName.get(name);
        return f != null && f.isDefined() ? f : null;
    }
}
