package dev.dsu.language;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.ContextThreadLocal;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.source.Source;

import dev.dsu.language.bitcode.BitcodeReader;
import dev.dsu.nodes.CThreadState;
import dev.dsu.nodes.ThreadStates;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Module;
import dev.dsu.language.text.IrTextReader;
import dev.dsu.language.translate.LoadedProgram;
import dev.dsu.language.translate.ProgramLoader;
import dev.dsu.language.update.UpdateController;
import dev.dsu.language.version.ContinuationLabels;

/**
 * C programs as LLVM IR (bitcode, or textual .ll). Evaluating a source loads the program and
 * runs its main with the context's application arguments; the result is the exit status.
 */
@TruffleLanguage.Registration(id = DsuLanguage.ID, name = "DSU C", version = "0.1", defaultMimeType = DsuLanguage.BITCODE_MIME,
                byteMimeTypes = DsuLanguage.BITCODE_MIME, characterMimeTypes = DsuLanguage.TEXT_MIME,
                contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE, fileTypeDetectors = IrFileTypeDetector.class)
public final class DsuLanguage extends TruffleLanguage<DsuContext> {
    public static final String ID = "dsu";
    public static final String BITCODE_MIME = "application/x-llvm-ir-bitcode";
    public static final String TEXT_MIME = "text/x-llvmir";

    private static final ContextReference<DsuContext> CONTEXT = ContextReference.create(DsuLanguage.class);

    @Option(help = "Apply an update when an update point is reached for the n-th time: FILE@FUNCTION:POINT:N (e.g. v2.bc@main:loop#1:3).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    static final OptionKey<String> ScheduleUpdate = new OptionKey<>("");

    @Option(help = "The patch specification (as written by dsu diff -o, edited) for the scheduled update.", category = OptionCategory.USER,
                    stability = OptionStability.STABLE) //
    static final OptionKey<String> UpdatePatch = new OptionKey<>("");

    @Option(help = "Open a control endpoint (a Unix socket only the owner can use) through which `dsu update` updates the running program.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    static final OptionKey<String> Control = new OptionKey<>("");

    @Option(help = "Print what loading the program cost: reading, linking, getting main ready (ms, and ms per MB of bitcode).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE) //
    static final OptionKey<Boolean> LoadStats = new OptionKey<>(false);

    private final ContextThreadLocal<CThreadState> threadState = locals.createContextThreadLocal((context, thread) -> new CThreadState());
    private final ThreadStates threads = new ThreadStates() {
        @Override
        public CThreadState current() {
            return threadState.get();
        }
    };

    @Override
    protected DsuContext createContext(Env env) {
        return new DsuContext(this, env, env.getOptions().get(ScheduleUpdate), env.getOptions().get(UpdatePatch), env.getOptions().get(Control));
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new DsuLanguageOptionDescriptors();
    }

    public ThreadStates threads() {
        return threads;
    }

    @Override
    protected void finalizeContext(DsuContext context) {
        context.library().flushAll();
    }

    @Override
    protected void disposeContext(DsuContext context) {
        context.closeControl();
    }

    /** A scheduled update must name a point this program has (optimisers remove loops and functions). */
    private static void checkSchedule(DsuContext context, Module module, String name) {
        UpdateController.Schedule schedule = context.updates().schedule();
        if (schedule == null) {
            return;
        }
        dev.dsu.language.ir.Function f = module.getFunction(schedule.function());
        if (f == null || f.isDeclaration()) {
            throw new LoadError(name + ": the update is scheduled in function '" + schedule.function() + "', which this program does not define");
        }
        java.util.Collection<String> points = new ContinuationLabels(f).updatePoints.values();
        if (!points.contains(schedule.point())) {
            throw new LoadError(name + ": function " + schedule.function() + " has no update point '" + schedule.point() + "' (it has: "
                            + String.join(", ", points) + ")");
        }
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        long parseStart = System.nanoTime();
        Module module;
        try {
            if (source.hasBytes()) {
                module = BitcodeReader.read(source.getBytes().toByteArray());
            } else {
                module = IrTextReader.read(source.getCharacters().toString(), source.getName());
            }
        } catch (IrReadException e) {
            throw new LoadError(source.getName() + ": " + e.getMessage());
        }
        long read = System.nanoTime();
        DsuContext context = CONTEXT.get(null);
        LoadedProgram program;
        try {
            program = ProgramLoader.load(this, module, context.heap(), threads, context.updates(), context.libraryLookup());
        } catch (IrReadException e) {
            throw new LoadError(source.getName() + ": " + e.getMessage());
        }
        checkSchedule(context, module, source.getName());
        LoadStatistics stats = null;
        if (context.env().getOptions().get(LoadStats)) {
            long size = source.hasBytes() ? source.getBytes().length() : source.getCharacters().length();
            int defined = (int) module.functions.stream().filter(f -> !f.isDeclaration()).count();
            stats = new LoadStatistics(source.getName(), size, defined, parseStart, read, System.nanoTime());
        }
        return new ProgramRootNode(this, program, context, stats).getCallTarget();
    }
}
