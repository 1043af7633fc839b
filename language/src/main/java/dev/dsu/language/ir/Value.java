package dev.dsu.language.ir;

/** Anything an instruction can use as an operand. */
public abstract class Value {
    private Type type;
    private String name;

    protected Value(Type type) {
        this.type = type;
    }

    public Type getType() {
        return type;
    }

    /** Readers may learn a value's type after creating it (forward references). */
    public void setType(Type type) {
        this.type = type;
    }

    /** The IR name without sigil, or null when the value is unnamed. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + (name != null ? " %" + name : "") + " : " + type;
    }
}
