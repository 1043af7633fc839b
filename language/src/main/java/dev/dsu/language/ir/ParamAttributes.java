package dev.dsu.language.ir;

/**
 * The attributes of one parameter (or the return value) that change how values are passed.
 * byval means the callee receives a pointer to its own copy of {@code byValType}.
 */
public final class ParamAttributes {
    public static final ParamAttributes NONE = new ParamAttributes(null, null, false, false, false);

    public final Type byValType;
    public final Type structRetType;
    public final boolean zeroExt;
    public final boolean signExt;
    public final boolean returnsTwice;

    public ParamAttributes(Type byValType, Type structRetType, boolean zeroExt, boolean signExt, boolean returnsTwice) {
        this.byValType = byValType;
        this.structRetType = structRetType;
        this.zeroExt = zeroExt;
        this.signExt = signExt;
        this.returnsTwice = returnsTwice;
    }
}
