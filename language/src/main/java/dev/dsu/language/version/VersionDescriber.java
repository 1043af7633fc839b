package dev.dsu.language.version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.DataLayout;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.GlobalVariable;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.MetadataValue;
import dev.dsu.language.ir.Module;
import dev.dsu.language.ir.ModulePrinter;
import dev.dsu.language.ir.Value;
import dev.dsu.runtime.version.CType;
import dev.dsu.runtime.version.ContinuationPoint;
import dev.dsu.runtime.version.FunctionVersion;
import dev.dsu.runtime.version.GlobalVersion;
import dev.dsu.runtime.version.LocalVariable;
import dev.dsu.runtime.version.ProgramVersion;

/**
 * Describes a loaded module as a program version: functions with their code identity, named
 * locals and continuation points, and globals with their C types from debug info.
 */
public final class VersionDescriber {
    private final DebugTypes types = new DebugTypes();

    private VersionDescriber() {
    }

    /** The C type debug info gives a variable (DILocalVariable or DIGlobalVariable type), or null. */
    public static CType typeOf(Metadata variableType) {
        return variableType == null ? null : new DebugTypes().of(variableType);
    }

    /** The C type of a global from its debug info, or null without it (or for a piece of a split variable). */
    public static CType typeOf(GlobalVariable g) {
        for (Metadata d : g.debugInfo) {
            if (d instanceof Metadata.DIGlobalVariableExpression e && e.variable instanceof Metadata.DIGlobalVariable v) {
                return isFragment(e.expression) ? null : typeOf(v.type);
            }
        }
        return null;
    }

    /** True for a global the optimiser split off a C variable (its expression has DW_OP_LLVM_fragment). */
    public static boolean isFragment(Metadata expression) {
        if (expression instanceof Metadata.DIExpression x) {
            for (long op : x.ops) {
                if (op == 0x1000) {
                    return true;
                }
            }
        }
        return false;
    }

    public static ProgramVersion describe(Module module, String source) {
        return new VersionDescriber().program(module, source);
    }

    private ProgramVersion program(Module module, String source) {
        module.materializeAll();
        Map<String, FunctionVersion> functions = new LinkedHashMap<>();
        for (Function f : module.functions) {
            if (!f.isDeclaration()) {
                functions.put(f.getName(), function(f));
            }
        }
        DataLayout layout = new DataLayout(module.getDataLayout());
        Map<String, GlobalVersion> globals = new LinkedHashMap<>();
        for (GlobalVariable g : module.globals) {
            if (g.getInitializer() == null || g.isAnonymousConstant()) {
                continue;
            }
            // Optimisers split a struct global into pieces (stats.0, stats.1); debug info still names
            // the C variable and its whole type, which is what versions are compared by.
            Metadata.DIGlobalVariable variable = null;
            for (Metadata d : g.debugInfo) {
                if (d instanceof Metadata.DIGlobalVariableExpression e && e.variable instanceof Metadata.DIGlobalVariable v) {
                    variable = v;
                }
            }
            if (variable != null && variable.name != null) {
                CType type = types.of(variable.type);
                globals.putIfAbsent(variable.name, new GlobalVersion(variable.name, type, type.sizeInBits() / 8));
            } else {
                globals.put(g.getName(), new GlobalVersion(g.getName(), null, layout.sizeOf(g.valueType)));
            }
        }
        return new ProgramVersion(source, functions, globals);
    }


    private FunctionVersion function(Function f) {
        List<LocalVariable> locals = new ArrayList<>();
        List<ContinuationPoint> points = new ArrayList<>();
        ContinuationLabels labels = new ContinuationLabels(f);
        for (BasicBlock b : f.blocks()) {
            String point = labels.updatePoints.get(b);
            if (point != null) {
                ContinuationPoint.Kind kind = point.equals("entry") ? ContinuationPoint.Kind.ENTRY : ContinuationPoint.Kind.LOOP_HEAD;
                points.add(new ContinuationPoint(points.size(), kind, point, kind == ContinuationPoint.Kind.ENTRY ? lineOf(f) : firstLine(b)));
            }
            for (Instruction i : b.instructions) {
                if (!(i instanceof Instruction.Call c)) {
                    continue;
                }
                if (ContinuationLabels.calleeName(c).startsWith("llvm.dbg.")) {
                    addLocal(locals, c);
                }
                String call = labels.callSites.get(c);
                if (call != null) {
                    int line = i.getDebugLocation() instanceof Metadata.DILocation l ? l.line : 0;
                    points.add(new ContinuationPoint(points.size(), ContinuationPoint.Kind.CALL, call, line));
                }
            }
        }
        return new FunctionVersion(f.getName(), hash(ModulePrinter.printCode(f)), locals, points);
    }

    private void addLocal(List<LocalVariable> locals, Instruction.Call dbg) {
        for (Value a : dbg.arguments) {
            if (a instanceof MetadataValue mv && mv.metadata instanceof Metadata.DILocalVariable v && v.name != null) {
                for (LocalVariable existing : locals) {
                    if (existing.name().equals(v.name)) {
                        return;
                    }
                }
                locals.add(new LocalVariable(v.name, types.of(v.type), v.arg > 0));
                return;
            }
        }
    }

    private static int lineOf(Function f) {
        return f.getSubprogram() instanceof Metadata.DISubprogram sp ? sp.line : 0;
    }

    private static int firstLine(BasicBlock b) {
        for (Instruction i : b.instructions) {
            if (i.getDebugLocation() instanceof Metadata.DILocation l) {
                return l.line;
            }
        }
        return 0;
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
