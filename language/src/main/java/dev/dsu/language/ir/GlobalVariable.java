package dev.dsu.language.ir;

import java.util.ArrayList;
import java.util.List;

public final class GlobalVariable extends GlobalValue {
    /** The type of the stored value (not the pointer). */
    public final Type valueType;
    public final boolean isConstant;
    /** Null for an external declaration. */
    private Constant initializer;
    private int alignment;
    private boolean threadLocal;
    /** DIGlobalVariableExpression attachments ({@code !dbg}); gives the C name and type. */
    public final List<Metadata> debugInfo = new ArrayList<>();

    public GlobalVariable(Type pointerType, String name, Type valueType, boolean isConstant) {
        super(pointerType, name);
        this.valueType = valueType;
        this.isConstant = isConstant;
    }

    /**
     * String literals and other anonymous constants the compiler made: part of the code that
     * uses them, not program state (each version of a program has its own).
     */
    public boolean isAnonymousConstant() {
        return isConstant && initializer != null && (getLinkage() == Linkage.PRIVATE || String.valueOf(getName()).startsWith("."));
    }

    public Constant getInitializer() {
        return initializer;
    }

    public void setInitializer(Constant initializer) {
        this.initializer = initializer;
    }

    public int getAlignment() {
        return alignment;
    }

    public void setAlignment(int alignment) {
        this.alignment = alignment;
    }

    public boolean isThreadLocal() {
        return threadLocal;
    }

    public void setThreadLocal(boolean threadLocal) {
        this.threadLocal = threadLocal;
    }
}
