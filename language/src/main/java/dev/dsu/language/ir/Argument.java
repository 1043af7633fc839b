package dev.dsu.language.ir;

public final class Argument extends Value {
    public final int index;

    public Argument(Type type, int index) {
        super(type);
        this.index = index;
    }
}
