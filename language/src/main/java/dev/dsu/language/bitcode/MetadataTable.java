package dev.dsu.language.bitcode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Metadata;

/** Metadata ids (separate from value ids): module-level entries, then the current function's. */
final class MetadataTable {
    static final int DBG_KIND_DEFAULT = 0;

    private final List<Metadata> entries = new ArrayList<>();
    final Map<Long, String> kinds = new HashMap<>();

    int size() {
        return entries.size();
    }

    void add(Metadata m) {
        entries.add(m);
    }

    Metadata get(long id) {
        if (id < 0 || id >= entries.size()) {
            throw new IrReadException("invalid metadata id " + id);
        }
        return entries.get((int) id);
    }

    /** Most operands store id + 1 so that 0 can mean null. */
    Metadata getOrNull(long idPlusOne) {
        return idPlusOne == 0 ? null : get(idPlusOne - 1);
    }

    String string(long idPlusOne) {
        Metadata m = getOrNull(idPlusOne);
        if (m == null) {
            return null;
        }
        if (m instanceof Metadata.Str s) {
            return s.value;
        }
        throw new IrReadException("metadata " + (idPlusOne - 1) + " is not a string");
    }

    boolean isDbgKind(long kind) {
        String name = kinds.get(kind);
        return name == null ? kind == DBG_KIND_DEFAULT : name.equals("dbg");
    }

    void truncate(int size) {
        while (entries.size() > size) {
            entries.remove(entries.size() - 1);
        }
    }
}
