package dev.dsu.language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import dev.dsu.language.ir.Function;
import dev.dsu.language.translate.LoadedProgram;
import dev.dsu.language.update.LiveUpdate;
import dev.dsu.language.update.UpdateController;
import dev.dsu.language.update.UpdateRefused;
import dev.dsu.nodes.CThreadState;
import dev.dsu.nodes.update.UpdateUnwind;
import dev.dsu.runtime.version.PatchSpec;
import dev.dsu.nodes.call.CFunction;
import dev.dsu.nodes.control.CRuntimeError;
import dev.dsu.nodes.control.LongjmpException;
import dev.dsu.nodes.control.ProgramExit;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryFault;
import dev.dsu.nodes.memory.MemoryObject;

/**
 * The program's entry: builds argv, calls main, runs the exit sequence, and turns faults into
 * the report and exit status a native process would produce. Returns the exit status.
 */
final class ProgramRootNode extends RootNode {
    /**
     * Object ids set aside for an update's added functions and globals (string literals count),
     * so that it can be prepared while the program runs; a larger update is prepared at the
     * update point instead. 2^15 ids cost 256 KB of heap tables.
     */
    private static final int UPDATE_RESERVED_IDS = 1 << 15;
    private final LoadedProgram program;
    private final DsuContext context;
    private final FaultReporter reporter;
    /** Null unless --load-stats. */
    private LoadStatistics loadStats;
    /** The version running now: what an update requested from another thread is prepared against. */
    private volatile LoadedProgram running;

    ProgramRootNode(DsuLanguage language, LoadedProgram program, DsuContext context, LoadStatistics loadStats) {
        super(language);
        this.program = program;
        this.context = context;
        this.loadStats = loadStats;
        this.reporter = new FaultReporter(program.module);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run();
    }

    @TruffleBoundary
    private int run() {
        String[] appArgs = context.env().getApplicationArguments();
        String programName = appArgs.length > 0 ? appArgs[0] : program.module.getSourceFileName();
        context.library().setProgramName(programName);
        try {
            CFunction main = program.definedFunction("main");
            if (main == null) {
                throw new CRuntimeError("the program has no main function", null);
            }
            Object[] mainArgs = mainArguments(appArgs, programName);
            Object result = runMain(mainArgs);
            String missed = context.updates().missedSchedule();
            if (missed != null) {
                reporter.message(context, "dsu: " + missed);
            }
            int status = result instanceof Long l ? (int) (long) l : 0;
            context.library().exit(status, this);
            return status;
        } catch (ProgramExit e) {
            return e.getStatus();
        } catch (MemoryFault e) {
            reporter.report(context, e.getMessage(), e);
            return e.getExitStatus();
        } catch (LongjmpException e) {
            reporter.report(context, "Segmentation fault: longjmp to a function that has already returned", null);
            return MemoryFault.SIGSEGV_STATUS;
        } catch (CRuntimeError e) {
            reporter.report(context, "error: " + e.getMessage(), e);
            return 1;
        } catch (StackOverflowError e) {
            reporter.report(context, "Segmentation fault: stack overflow (recursion too deep)", null);
            return MemoryFault.SIGSEGV_STATUS;
        }
    }

    /**
     * Runs main; an update unrolls the stack to here, and main is entered again in the new
     * version (or, if the update was refused, the old one) to rebuild the stack.
     */
    private Object runMain(Object[] mainArgs) {
        LoadedProgram current = program;
        running = current;
        context.heap().reserveForUpdate(UPDATE_RESERVED_IDS);
        context.updates().preparingWith((newVersion, patch) -> prepare(running, newVersion, patch, true));
        while (true) {
            try {
                com.oracle.truffle.api.RootCallTarget main = current.definedFunction("main").getTarget();
                if (loadStats != null) {
                    reporter.message(context, loadStats.report(System.nanoTime(), current.translatedFunctions()));
                    loadStats = null;
                }
                return main.call(mainArgs);
            } catch (UpdateUnwind unwind) {
                current = update(current, unwind);
                running = current;
            }
        }
    }

    private LoadedProgram update(LoadedProgram current, UpdateUnwind unwind) {
        UpdateController controller = context.updates();
        UpdateController.Request request = controller.current();
        CThreadState thread = context.language().threads().current();
        try {
            LiveUpdate.Outcome outcome = apply(request, current, unwind, controller);
            long committed = System.nanoTime();
            double reach = (unwind.startNanos - request.requestedAt) / 1e6;
            controller.whenReconstructed(done -> {
                String report = "updated to " + request.newVersion + " at " + request.where + ": " + outcome.report()
                                + String.format(", reconstruct %.2f ms; reaching the update point took %.2f ms", (done - committed) / 1e6, Math.max(0, reach));
                reporter.message(context, "dsu: " + report);
                request.complete(report + "\nOK");
            });
            thread.reconstruction = outcome.frames();
            return outcome.program();
        } catch (UpdateRefused refused) {
            reporter.message(context, "dsu: update to " + request.newVersion + " refused, the program goes on unchanged: " + refused.getMessage());
            request.complete("REFUSED " + refused.getMessage() + " (the program goes on unchanged)");
            thread.reconstruction = LiveUpdate.restoreUnchanged(current, unwind);
            return current;
        }
    }

    /** A defect in the update machinery must cost the update, not the running program. */
    private LiveUpdate.Outcome apply(UpdateController.Request request, LoadedProgram current, UpdateUnwind unwind, UpdateController controller)
                    throws UpdateRefused {
        long unrolled = System.nanoTime();
        LiveUpdate.Prepared prepared = request.prepared != null ? request.prepared : prepare(current, request.newVersion, request.patch, false);
        try {
            return LiveUpdate.apply(prepared, current, unwind, unrolled);
        } catch (RuntimeException e) {
            throw new UpdateRefused("internal error while applying the update: " + e);
        }
    }

    private LiveUpdate.Prepared prepare(LoadedProgram current, java.nio.file.Path newVersion, java.nio.file.Path patch, boolean whileRunning) throws UpdateRefused {
        PatchSpec spec = PatchSpec.empty();
        if (patch != null) {
            try {
                spec = PatchSpec.parse(java.nio.file.Files.readString(patch));
            } catch (java.io.IOException e) {
                throw new UpdateRefused("cannot read the patch specification " + patch + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new UpdateRefused(patch + ": " + e.getMessage());
            }
        }
        try {
            return LiveUpdate.prepare(context.language(), current, newVersion, spec, context.language().threads(), context.updates(), context.libraryLookup(),
                            whileRunning);
        } catch (RuntimeException e) {
            throw new UpdateRefused("internal error while preparing the update: " + e);
        }
    }

    private Object[] mainArguments(String[] appArgs, String programName) {
        Function mainIr = program.module.getFunction("main");
        int params = mainIr.functionType.params.length;
        Heap heap = context.heap();
        int argc = Math.max(1, appArgs.length);
        long argv = heap.allocate(8L * (argc + 1), MemoryObject.Kind.GLOBAL, "argv");
        for (int i = 0; i < argc; i++) {
            String s = i < appArgs.length ? appArgs[i] : programName;
            long str = heap.allocateCString(s.getBytes(StandardCharsets.UTF_8), MemoryObject.Kind.GLOBAL, "argv[" + i + "]");
            heap.putI64(argv + 8L * i, str, null);
        }
        Object[] all = {(long) argc, argv, environment(heap)};
        Object[] args = new Object[params];
        System.arraycopy(all, 0, args, 0, Math.min(params, 3));
        return args;
    }

    private static long environment(Heap heap) {
        List<String> entries = System.getenv().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
        long envp = heap.allocate(8L * (entries.size() + 1), MemoryObject.Kind.GLOBAL, "envp");
        for (int i = 0; i < entries.size(); i++) {
            heap.putI64(envp + 8L * i, heap.allocateCString(entries.get(i).getBytes(StandardCharsets.UTF_8), MemoryObject.Kind.GLOBAL, "env"), null);
        }
        return envp;
    }

    @Override
    public String getName() {
        return "<program>";
    }
}
