package dev.dsu.language.bitcode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Module;
import dev.dsu.language.ir.Type;

/** State shared by the block listeners of one module. */
final class ModuleContext {
    final Module module = new Module();
    final List<Type> types = new ArrayList<>();
    final ValueTable values = new ValueTable();
    final MetadataTable metadata = new MetadataTable();
    final AttributeTable attributes = new AttributeTable();
    /** Function definitions in module order; function blocks come in the same order. */
    final ArrayDeque<dev.dsu.language.ir.Function> functionsWithBodies = new ArrayDeque<>();
    byte[] strtab = new byte[0];
    /** Set when function bodies are read on demand (null: read with the module). */
    FunctionBodies lazyBodies;
    int version;
    boolean opaquePointers;
    /**
     * The llvm.dbg.* declarations that LLVM 19's debug records become, by name: looking each
     * record's intrinsic up in the module's function list made reading quadratic in module size.
     */
    final Map<String, dev.dsu.language.ir.Function> debugIntrinsics = new HashMap<>();

    Type type(long id) {
        if (id < 0 || id >= types.size()) {
            throw new IrReadException("invalid type id " + id);
        }
        Type t = types.get((int) id);
        if (t == null) {
            throw new IrReadException("type " + id + " used before the type table defines it");
        }
        return t;
    }

    /** The pointer type to {@code pointee} in the module's pointer flavour. */
    Type pointerTo(Type pointee, int addressSpace) {
        if (opaquePointers) {
            return addressSpace == 0 ? Type.PTR : new Type.PointerType(addressSpace, null);
        }
        return new Type.PointerType(addressSpace, pointee);
    }

    String strtabString(long offset, long size) {
        if (offset < 0 || size < 0 || offset + size > strtab.length) {
            throw new IrReadException("string table reference out of range (" + offset + ", " + size + ")");
        }
        return new String(strtab, (int) offset, (int) size, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
