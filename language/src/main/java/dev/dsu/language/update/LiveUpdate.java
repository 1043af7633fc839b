package dev.dsu.language.update;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import dev.dsu.language.ir.Value;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.GlobalVariable;
import java.util.Map;

import com.oracle.truffle.api.TruffleLanguage;

import dev.dsu.language.bitcode.BitcodeReader;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Module;
import dev.dsu.language.text.IrTextReader;
import dev.dsu.language.translate.FrameLayout;
import dev.dsu.language.translate.LoadedProgram;
import dev.dsu.language.translate.UpdateLinker;
import dev.dsu.language.version.VersionDescriber;
import dev.dsu.nodes.ThreadStates;
import dev.dsu.nodes.memory.MemoryObject;
import dev.dsu.nodes.memory.StagedObjects;
import dev.dsu.nodes.update.UpdateHook;
import dev.dsu.nodes.update.UpdateUnwind;
import dev.dsu.runtime.transform.StateTransformer;
import dev.dsu.runtime.version.CType;
import dev.dsu.runtime.version.PatchSpec;

/**
 * Applies an update to a thread whose stack has been unrolled: loads and links the new version
 * beside the old one, transforms globals and maps every saved frame, and only when all of that
 * succeeded commits (new storage, function objects redirected). Otherwise nothing has changed
 * and the old frames are rebuilt as they were.
 */
public final class LiveUpdate {
    /** What the thread does next: run this program, rebuilding these frames (outermost first). */
    public record Outcome(LoadedProgram program, ArrayDeque<Object> frames, String report) {
    }

    record GlobalTransform(MemoryObject object, byte[] newData) {
    }

    private LiveUpdate() {
    }

    /**
     * The new version read, checked, linked beside the running one and translated: everything
     * that does not depend on the stopped stack. A request through the control endpoint is
     * prepared while the program runs, so the pause is only what follows. {@link #prepare} gives
     * null when that cannot be done while the program runs (see {@link StagedObjects}).
     */
    public record Prepared(LoadedProgram base, Path newVersion, PatchSpec spec, UpdateLinker.Linked linked, StagedObjects staged, UserTransformers user,
                    String functions, Map<String, CType> newStructs, double milliseconds, boolean whileRunning) {
    }

    public static Prepared prepare(TruffleLanguage<?> language, LoadedProgram old, Path newVersion, PatchSpec spec, ThreadStates threads, UpdateHook updates,
                    LoadedProgram.LibraryLookup library, boolean whileRunning) throws UpdateRefused {
        long start = System.nanoTime();
        Module module = read(newVersion);
        SplitGlobals.requireCompatible(old.module, module);
        UpdateLinker.Linked linked;
        StagedObjects staged = old.heap.stage(!whileRunning);
        try {
            linked = UpdateLinker.link(language, module, old, threads, updates, library, staged);
        } catch (IrReadException e) {
            throw new UpdateRefused(newVersion.getFileName() + ": " + e.getMessage());
        } catch (StagedObjects.Exhausted e) {
            // too many new objects for the ids set aside: prepared again at the update point
            return null;
        } finally {
            old.heap.endStaging(staged);
        }
        UserTransformers user = new UserTransformers(old.heap, linked.program, spec);
        for (java.util.Map.Entry<String, String> named : spec.namedTransformers().entrySet()) {
            user.requireDefined(named.getValue(), named.getKey());
        }
        String functions = FunctionCounts.between(old.module, module);
        return new Prepared(old, newVersion, spec, linked, staged, user, functions, structsOf(linked.program), (System.nanoTime() - start) / 1e6, whileRunning);
    }

    /** Transforms state and maps the unrolled frames onto the prepared version; commits only if all of it succeeded. */
    public static Outcome apply(Prepared prepared, LoadedProgram old, UpdateUnwind unwind, long unrolled) throws UpdateRefused {
        long mapping = System.nanoTime();
        if (prepared.base() != old) {
            throw new UpdateRefused("the update was prepared for another version of the program than the one running");
        }
        // before any transformer runs: new-version code may use the added globals and functions
        prepared.staged().install();
        PatchSpec spec = prepared.spec();
        UpdateLinker.Linked linked = prepared.linked();
        UserTransformers user = prepared.user();
        List<GlobalTransform> globals = new ArrayList<>();
        for (UpdateLinker.KeptGlobal kept : linked.keptGlobals) {
            GlobalTransform t = transformGlobal(old, kept, spec.globalTransformer(kept.newGlobal().getName()), user);
            if (t != null) {
                globals.add(t);
            }
        }
        FrameMapper mapper = new FrameMapper(old.heap, spec, user);
        ArrayDeque<Object> frames = new ArrayDeque<>();
        String callee = null;
        for (UpdateUnwind.SavedFrame saved : unwind.frames) {
            FrameLayout from = old.layout(saved.function());
            PatchSpec.Target target = spec.target(saved.function(), saved.point());
            FrameLayout to = linked.program.layout(target.function());
            if (to == null) {
                throw new UpdateRefused("function " + saved.function() + " is active (at '" + saved.point() + "') but the new version has no function "
                                + target.function() + (target.function().equals(saved.function()) ? " (a patch specification can rename it)" : ""));
            }
            if (target.point().equals(PatchSpec.UNDECIDED)) {
                throw new UpdateRefused("the patch specification leaves point '" + saved.point() + "' of " + saved.function() + " undecided, and a frame is stopped there");
            }
            if (callee != null) {
                requireCallTo(target, callee);
            }
            frames.addFirst(new UpdateController.Restoration(target.function(), mapper.map(from, to, saved.point(), target.point(), saved.frame())));
            callee = target.function();
        }
        List<HeapBlocks.Transform> heapBlocks = transformHeap(old, unwind, prepared, user);
        long transformed = System.nanoTime();
        for (GlobalTransform t : globals) {
            old.heap.replaceData(t.object(), t.newData());
        }
        for (FrameMapper.StackTransform t : mapper.stackTransforms) {
            old.heap.replaceData(t.object(), t.newData());
        }
        for (HeapBlocks.Transform t : heapBlocks) {
            old.heap.replaceData(t.block(), t.newData());
        }
        linked.commit();
        String pause = prepared.whileRunning()
                        ? String.format("new version read, linked and translated in %.2f ms while the program ran; pause: unroll %.2f ms, transform %.2f ms",
                                        prepared.milliseconds(), (unrolled - unwind.startNanos) / 1e6, (transformed - mapping) / 1e6)
                        : String.format("pause: unroll %.2f ms, read, link and translate the new version %.2f ms, transform %.2f ms", (unrolled - unwind.startNanos) / 1e6,
                                        prepared.milliseconds(), (transformed - mapping) / 1e6);
        String report = String.format("%s; %d active frames remapped (%d of them in changed code); %d globals transformed, %d added; %d heap blocks transformed; %s",
                        prepared.functions(), unwind.frames.size(), mapper.changedFrames, globals.size(), linked.addedGlobals.size(), heapBlocks.size(), pause);
        return new Outcome(linked.program, frames, report);
    }

    /** After a refused update: the same frames, rebuilt in the old version exactly as they were. */
    public static ArrayDeque<Object> restoreUnchanged(LoadedProgram old, UpdateUnwind unwind) {
        FrameMapper mapper = new FrameMapper(old.heap, PatchSpec.empty(), null);
        ArrayDeque<Object> frames = new ArrayDeque<>();
        for (UpdateUnwind.SavedFrame saved : unwind.frames) {
            FrameLayout layout = old.layout(saved.function());
            try {
                frames.addFirst(new UpdateController.Restoration(saved.function(), mapper.map(layout, layout, saved.point(), saved.point(), saved.frame())));
            } catch (UpdateRefused e) {
                throw new IllegalStateException("a frame cannot be rebuilt in its own version", e);
            }
        }
        return frames;
    }

    /** Heap blocks typed by the pointers that reach them from globals and from the unrolled frames' variables. */
    private static List<HeapBlocks.Transform> transformHeap(LoadedProgram old, UpdateUnwind unwind, Prepared prepared, UserTransformers user) throws UpdateRefused {
        HeapBlocks blocks = new HeapBlocks(old.heap);
        for (GlobalVariable g : old.module.globals) {
            for (Metadata d : g.debugInfo) {
                if (g.getInitializer() != null && d instanceof Metadata.DIGlobalVariableExpression e && e.variable instanceof Metadata.DIGlobalVariable v
                                && !VersionDescriber.isFragment(e.expression)) {
                    blocks.root(old.heap.objectOrNull(old.addressOf(g)), v.type);
                }
            }
        }
        for (UpdateUnwind.SavedFrame saved : unwind.frames) {
            FrameLayout layout = old.layout(saved.function());
            for (Map.Entry<String, Metadata> v : layout.variables.entrySet()) {
                Value value = layout.namedValues.get(v.getKey());
                Integer slot = value == null ? null : layout.slots.get(value);
                if (slot == null || !(v.getValue() instanceof Metadata.DILocalVariable local) || !layout.holdsValueAt(value, saved.point())) {
                    continue;
                }
                Object x = FrameMapper.read(saved.frame(), value, slot);
                if (value instanceof Instruction.Alloca && x instanceof Long p) {
                    blocks.root(old.heap.objectOrNull(p), local.type);
                } else if (x instanceof Long p) {
                    blocks.rootPointer(p, local.type);
                }
            }
        }
        return blocks.transform(prepared.newStructs(), user);
    }

    private static Map<String, CType> structsOf(LoadedProgram neu) {
        List<Metadata> roots = new ArrayList<>();
        for (GlobalVariable g : neu.module.globals) {
            for (Metadata d : g.debugInfo) {
                if (d instanceof Metadata.DIGlobalVariableExpression e && e.variable instanceof Metadata.DIGlobalVariable v) {
                    roots.add(v.type);
                }
            }
        }
        for (dev.dsu.language.ir.Function f : neu.module.functions) {
            if (f.isDeclaration()) {
                continue;
            }
            if (f.getSubprogram() instanceof Metadata.DISubprogram sp) {
                roots.add(sp.type);
            }
            FrameLayout layout = neu.layout(f.getName());
            if (layout != null) {
                for (Metadata v : layout.variables.values()) {
                    if (v instanceof Metadata.DILocalVariable local) {
                        roots.add(local.type);
                    }
                }
            }
        }
        return HeapBlocks.structsOf(roots);
    }

    /**
     * A frame resumes at a call that re-issues the call of the frame inside it, so that call must
     * go to the function that frame became (a call through a pointer is not checked: the pointer
     * decides at run time).
     */
    private static void requireCallTo(PatchSpec.Target caller, String callee) throws UpdateRefused {
        String point = caller.point();
        if (!point.startsWith("call ") || point.startsWith("call *#")) {
            if (!point.startsWith("call ")) {
                throw new UpdateRefused(caller.function() + " would resume at '" + point + "', but a frame of " + callee
                                + " is active inside it: it must resume at a call to " + callee);
            }
            return;
        }
        String called = point.substring("call ".length(), point.lastIndexOf('#'));
        if (!called.equals(callee)) {
            throw new UpdateRefused(caller.function() + " would resume at '" + point + "', which calls " + called + ", but the frame inside it becomes a frame of "
                            + callee + "; map " + caller.function() + "'s point to a call of " + callee);
        }
    }

    private static GlobalTransform transformGlobal(LoadedProgram old, UpdateLinker.KeptGlobal kept, String transformer, UserTransformers user) throws UpdateRefused {
        MemoryObject object = old.heap.objectOrNull(kept.address());
        long newSize = old.types.layout().sizeOf(kept.newGlobal().valueType);
        if (transformer != null) {
            return new GlobalTransform(object, user.run(transformer, object.data(), newSize, "global " + kept.newGlobal().getName()));
        }
        CType from = VersionDescriber.typeOf(kept.oldGlobal());
        CType to = VersionDescriber.typeOf(kept.newGlobal());
        if (from == null || to == null) {
            if (newSize != object.data().length) {
                throw new UpdateRefused("global " + kept.newGlobal().getName() + " changed size, and without debug information for its whole C type"
                                + " (no -g, or the optimiser split the variable into pieces) it cannot be transformed; build both versions with -g at -O0 or -O1");
            }
            return null;
        }
        if (from.describe().equals(to.describe()) && from.sizeInBits() == to.sizeInBits()) {
            return null;
        }
        try {
            byte[] data = StateTransformer.transform(object.data(), from, to, user);
            return new GlobalTransform(object, data.length == newSize ? data : java.util.Arrays.copyOf(data, (int) newSize));
        } catch (StateTransformer.NotTransformable e) {
            throw new UpdateRefused("global " + kept.newGlobal().getName() + ": " + e.getMessage());
        }
    }

    private static Module read(Path file) throws UpdateRefused {
        try {
            String name = file.getFileName().toString();
            if (name.endsWith(".ll")) {
                return IrTextReader.read(Files.readString(file, StandardCharsets.UTF_8), name);
            }
            // the whole new version is needed now (compared, translated before commit): errors in any body refuse the update
            Module m = BitcodeReader.read(Files.readAllBytes(file));
            m.materializeAll();
            return m;
        } catch (IOException e) {
            throw new UpdateRefused("cannot read the new version " + file + ": " + e.getMessage());
        } catch (IrReadException e) {
            throw new UpdateRefused(file.getFileName() + ": " + e.getMessage());
        }
    }
}
