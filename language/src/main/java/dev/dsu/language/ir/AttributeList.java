package dev.dsu.language.ir;

/**
 * Attributes of a function or call site: index 0 is the return value, 1..n the parameters,
 * plus function-level flags. Missing entries mean no attributes.
 */
public final class AttributeList {
    public static final AttributeList EMPTY = new AttributeList(new ParamAttributes[0], false, false);

    private final ParamAttributes[] slots;
    public final boolean noReturn;
    public final boolean returnsTwice;
    /** optnone: clang -O0 marks every function so; what live update relies on for some mappings. */
    public final boolean optimizeNone;

    public AttributeList(ParamAttributes[] slots, boolean noReturn, boolean returnsTwice) {
        this(slots, noReturn, returnsTwice, false);
    }

    public AttributeList(ParamAttributes[] slots, boolean noReturn, boolean returnsTwice, boolean optimizeNone) {
        this.slots = slots;
        this.noReturn = noReturn;
        this.returnsTwice = returnsTwice;
        this.optimizeNone = optimizeNone;
    }

    public ParamAttributes param(int paramIndex) {
        int i = paramIndex + 1;
        return i < slots.length && slots[i] != null ? slots[i] : ParamAttributes.NONE;
    }

    public ParamAttributes returnValue() {
        return slots.length > 0 && slots[0] != null ? slots[0] : ParamAttributes.NONE;
    }
}
