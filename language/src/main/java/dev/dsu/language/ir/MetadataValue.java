package dev.dsu.language.ir;

/** Metadata passed as a call argument (llvm.dbg.declare and friends). */
public final class MetadataValue extends Value {
    public final Metadata metadata;

    public MetadataValue(Metadata metadata) {
        super(Type.METADATA);
        this.metadata = metadata;
    }
}
