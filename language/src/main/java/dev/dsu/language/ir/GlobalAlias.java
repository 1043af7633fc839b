package dev.dsu.language.ir;

public final class GlobalAlias extends GlobalValue {
    public final Type valueType;
    private Constant aliasee;

    public GlobalAlias(Type pointerType, String name, Type valueType) {
        super(pointerType, name);
        this.valueType = valueType;
    }

    public Constant getAliasee() {
        return aliasee;
    }

    public void setAliasee(Constant aliasee) {
        this.aliasee = aliasee;
    }
}
