package dev.dsu.language.ir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One LLVM module as read from bitcode or text: the unit the runtime loads as a program version. */
public final class Module {
    private String targetTriple = "";
    private String dataLayout = "";
    private String sourceFileName = "";
    public final List<GlobalVariable> globals = new ArrayList<>();
    public final List<Function> functions = new ArrayList<>();
    public final List<GlobalAlias> aliases = new ArrayList<>();
    /** Identified struct types by name (without the % sigil). */
    public final Map<String, Type.StructType> namedStructs = new LinkedHashMap<>();
    /** Named metadata such as llvm.dbg.cu and llvm.module.flags. */
    public final Map<String, List<Metadata>> namedMetadata = new LinkedHashMap<>();

    public String getTargetTriple() {
        return targetTriple;
    }

    public void setTargetTriple(String targetTriple) {
        this.targetTriple = targetTriple;
    }

    public String getDataLayout() {
        return dataLayout;
    }

    public void setDataLayout(String dataLayout) {
        this.dataLayout = dataLayout;
    }

    public String getSourceFileName() {
        return sourceFileName;
    }

    public void setSourceFileName(String sourceFileName) {
        this.sourceFileName = sourceFileName;
    }

    /**
     * Reads every function body a reader put off. Reading a body may declare intrinsics (the
     * debug records of LLVM 19 become calls), so code that walks all functions and their bodies
     * calls this first.
     */
    public void materializeAll() {
        for (Function f : new ArrayList<>(functions)) {
            f.materialize();
        }
    }

    public Function getFunction(String name) {
        for (Function f : functions) {
            if (name.equals(f.getName())) {
                return f;
            }
        }
        return null;
    }

    public GlobalVariable getGlobal(String name) {
        for (GlobalVariable g : globals) {
            if (name.equals(g.getName())) {
                return g;
            }
        }
        return null;
    }
}
