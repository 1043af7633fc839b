package dev.dsu.language.ir;

import java.util.ArrayList;
import java.util.List;

public final class Function extends GlobalValue {
    public final Type.FunctionType functionType;
    private boolean declaration;
    private AttributeList attributes = AttributeList.EMPTY;
    public final List<Argument> arguments = new ArrayList<>();
    public final List<BasicBlock> blocks = new ArrayList<>();
    /** DISubprogram attached with {@code !dbg}, or null without debug info. */
    private Metadata subprogram;

    public Function(Type pointerType, String name, Type.FunctionType functionType, boolean declaration) {
        super(pointerType, name);
        this.functionType = functionType;
        this.declaration = declaration;
        for (int i = 0; i < functionType.params.length; i++) {
            arguments.add(new Argument(functionType.params[i], i));
        }
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
        return subprogram;
    }

    public void setSubprogram(Metadata subprogram) {
        this.subprogram = subprogram;
    }
}
