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
