package dev.dsu.language.ir;

import java.util.ArrayList;
import java.util.List;

public final class Function extends GlobalValue {
    public final Type.FunctionType functionType;
    private boolean declaration;
    private AttributeList attributes = AttributeList.EMPTY;
    public final List<Argument> arguments = new ArrayList<>();
    private final List<BasicBlock> blocks = new ArrayList<>();
    /** DISubprogram attached with {@code !dbg}, or null without debug info. */
    private Metadata subprogram;
    /** Reads the body on first use (see {@link #setLazyBody}); null once read, or for eager readers. */
    private Runnable lazyBody;
    private RuntimeException bodyFailure;

    public Function(Type pointerType, String name, Type.FunctionType functionType, boolean declaration) {
        super(pointerType, name);
        this.functionType = functionType;
        this.declaration = declaration;
        for (int i = 0; i < functionType.params.length; i++) {
            arguments.add(new Argument(functionType.params[i], i));
        }
    }

    /**
     * The body is read when something first needs it: a reader may register here how to read
     * it, so that loading a module costs only what the run uses.
     */
    public void setLazyBody(Runnable reader) {
        this.lazyBody = reader;
    }

    /** Reads the body now if it was put off; a body that cannot be read fails every time it is needed. */
    public void materialize() {
        if (lazyBody == null && bodyFailure == null) {
            return;
        }
        synchronized (this) {
            if (bodyFailure != null) {
                throw bodyFailure;
            }
            Runnable reader = lazyBody;
            if (reader != null) {
                lazyBody = null;
                try {
                    reader.run();
                } catch (RuntimeException e) {
                    bodyFailure = e;
                    throw e;
                }
            }
        }
    }

    /** The basic blocks, entry first (empty for a declaration). */
    public List<BasicBlock> blocks() {
        materialize();
        return blocks;
    }

    public boolean isDeclaration() {
        return declaration;
    }

    public void setDeclaration(boolean declaration) {
        this.declaration = declaration;
    }

    public AttributeList getAttributes() {
        return attributes;
    }

    public void setAttributes(AttributeList attributes) {
        this.attributes = attributes;
    }

    public Metadata getSubprogram() {
        materialize();
        return subprogram;
    }

    public void setSubprogram(Metadata subprogram) {
        this.subprogram = subprogram;
    }
}
