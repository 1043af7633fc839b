package dev.dsu.language.ir;

/** A module-level symbol: its value is the address of the thing (pointer typed). */
public abstract class GlobalValue extends Constant {
    private Linkage linkage = Linkage.EXTERNAL;

    protected GlobalValue(Type pointerType, String name) {
        super(pointerType);
        setName(name);
    }

    public Linkage getLinkage() {
        return linkage;
    }

    public void setLinkage(Linkage linkage) {
        this.linkage = linkage;
    }
}
