package dev.dsu.language.update;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.dsu.language.ir.Metadata;
import dev.dsu.language.version.VersionDescriber;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryObject;
import dev.dsu.runtime.transform.StateTransformer;
import dev.dsu.runtime.version.CType;

/**
 * A heap block has no C type of its own; it gets one from the typed pointers that reach it. This
 * walks the old version's memory from typed roots (globals, locals of the unrolled frames)
 * through every pointer member, array element and heap block it reaches, so that blocks of a
 * struct whose layout changed are transformed like globals are: member by member, each element
 * of the block, keeping the block's id (pointers to its start stay valid).
 */
final class HeapBlocks {
    /** A block's new contents, swapped in at commit. */
    record Transform(MemoryObject block, byte[] newData) {
    }

    private record Visit(MemoryObject object, int offset, Metadata type) {
    }

    /** A pointer found in typed memory: where it points. */
    private record Pointer(MemoryObject target, int offset) {
    }

    private static final int DW_TAG_MEMBER = Metadata.DW_TAG_MEMBER;
    private static final int DI_FLAG_BIT_FIELD = 1 << 19;

    private final Heap heap;
    private final ArrayDeque<Visit> work = new ArrayDeque<>();
    /** Each block reached, with the element type it was reached as. */
    private final Map<MemoryObject, Metadata> blockTypes = new IdentityHashMap<>();
    private final Map<MemoryObject, String> conflicts = new IdentityHashMap<>();
    private final List<Pointer> pointers = new ArrayList<>();
    private final Map<Metadata, CType> described = new IdentityHashMap<>();

    HeapBlocks(Heap heap) {
        this.heap = heap;
    }

    /** A root: the value of C type {@code type} at the start of {@code object}. */
    void root(MemoryObject object, Metadata type) {
        if (object != null && type != null) {
            work.add(new Visit(object, 0, type));
        }
    }

    /** A root held in a register: a pointer value of C type {@code pointerType}. */
    void rootPointer(long pointer, Metadata pointerType) {
        Metadata t = strip(pointerType);
        if (t instanceof Metadata.DIDerivedType d && d.tag == Metadata.DW_TAG_POINTER_TYPE) {
            reach(pointer, d.baseType);
        }
    }

    /**
     * Follows everything reachable, then computes the new contents of each block whose struct
     * type changed ({@code newStructs}: the new version's structs by tag).
     */
    List<Transform> transform(Map<String, CType> newStructs, StateTransformer.TypeTransformers user) throws UpdateRefused {
        while (!work.isEmpty()) {
            Visit v = work.poll();
            visit(v.object(), v.offset(), v.type());
        }
        Map<MemoryObject, CType[]> changed = new IdentityHashMap<>();
        for (Map.Entry<MemoryObject, Metadata> e : blockTypes.entrySet()) {
            CType from = described.computeIfAbsent(e.getValue(), VersionDescriber::typeOf);
            if (!(from instanceof CType.Struct s) || s.name() == null) {
                continue;
            }
            CType to = newStructs.get(s.name());
            if (to == null || to.describe().equals(from.describe()) && to.sizeInBits() == from.sizeInBits()) {
                continue;
            }
            if (conflicts.containsKey(e.getKey())) {
                throw new UpdateRefused("a heap block is reached both as " + conflicts.get(e.getKey()) + " and as struct " + s.name()
                                + ", whose layout changed: it cannot be transformed");
            }
            changed.put(e.getKey(), new CType[]{from, to});
        }
        for (Pointer p : pointers) {
            CType[] types = changed.get(p.target());
            if (types != null && p.offset() != 0) {
                throw new UpdateRefused("a pointer into the middle of a heap block of struct " + ((CType.Struct) types[0]).name() + " (offset " + p.offset()
                                + ") would have to move with the transformed layout; only pointers to a block's start are kept");
            }
        }
        List<Transform> result = new ArrayList<>();
        for (Map.Entry<MemoryObject, CType[]> e : changed.entrySet()) {
            result.add(new Transform(e.getKey(), elements(e.getKey(), e.getValue()[0], e.getValue()[1], user)));
        }
        return result;
    }

    private static byte[] elements(MemoryObject block, CType from, CType to, StateTransformer.TypeTransformers user) throws UpdateRefused {
        int oldSize = (int) (from.sizeInBits() / 8);
        int newSize = (int) (to.sizeInBits() / 8);
        String name = ((CType.Struct) from).name();
        if (oldSize <= 0 || block.data().length % oldSize != 0) {
            throw new UpdateRefused("a heap block of " + block.data().length + " bytes reached as struct " + name + " (" + oldSize
                            + " bytes) does not hold a whole number of them: it cannot be transformed");
        }
        int n = block.data().length / oldSize;
        byte[] out = new byte[n * newSize];
        try {
            for (int k = 0; k < n; k++) {
                byte[] element = java.util.Arrays.copyOfRange(block.data(), k * oldSize, (k + 1) * oldSize);
                byte[] made = StateTransformer.transform(element, from, to, user);
                System.arraycopy(made, 0, out, k * newSize, Math.min(made.length, newSize));
            }
        } catch (StateTransformer.NotTransformable e) {
            throw new UpdateRefused("heap blocks of struct " + name + ": " + e.getMessage());
        }
        return out;
    }

    private void visit(MemoryObject o, int offset, Metadata type) {
        Metadata t = strip(type);
        if (t instanceof Metadata.DIDerivedType d && d.tag == Metadata.DW_TAG_POINTER_TYPE) {
            if (offset >= 0 && offset + 8 <= o.data().length) {
                reach(java.nio.ByteBuffer.wrap(o.data()).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong(offset), d.baseType);
            }
        } else if (t instanceof Metadata.DICompositeType c && c.tag == Metadata.DW_TAG_STRUCTURE_TYPE) {
            for (Metadata e : elements(c.elements)) {
                if (e instanceof Metadata.DIDerivedType member && member.tag == DW_TAG_MEMBER && (member.flags & DI_FLAG_BIT_FIELD) == 0) {
                    work.add(new Visit(o, offset + (int) (member.offsetInBits / 8), member.baseType));
                }
            }
        } else if (t instanceof Metadata.DICompositeType c && c.tag == Metadata.DW_TAG_ARRAY_TYPE) {
            long size = sizeOf(c.baseType);
            long count = size > 0 ? c.sizeInBits / 8 / size : 0;
            for (long k = 0; k < count && offset + k * size < o.data().length; k++) {
                work.add(new Visit(o, (int) (offset + k * size), c.baseType));
            }
        }
    }

    /** A pointer to {@code pointee}: if it reaches a heap block, the block is typed and walked. */
    private void reach(long pointer, Metadata pointee) {
        Metadata element = strip(pointee);
        if (element == null || element instanceof Metadata.DISubroutineType) {
            return;
        }
        MemoryObject target = heap.objectOrNull(pointer);
        if (target == null || target.kind != MemoryObject.Kind.HEAP) {
            return;
        }
        pointers.add(new Pointer(target, Heap.offset(pointer)));
        Metadata known = blockTypes.get(target);
        if (known != null) {
            if (known != element) {
                String k = described.computeIfAbsent(known, VersionDescriber::typeOf).describe();
                String e = described.computeIfAbsent(element, VersionDescriber::typeOf).describe();
                if (!k.equals(e)) {
                    conflicts.put(target, e);
                }
            }
            return;
        }
        blockTypes.put(target, element);
        long size = sizeOf(element);
        if (size <= 0) {
            return;
        }
        for (long k = 0; k * size + size <= target.data().length; k++) {
            work.add(new Visit(target, (int) (k * size), element));
        }
    }

    private static long sizeOf(Metadata type) {
        Metadata t = strip(type);
        if (t instanceof Metadata.DIBasicType b) {
            return b.sizeInBits / 8;
        } else if (t instanceof Metadata.DIDerivedType d) {
            return (d.sizeInBits == 0 ? 64 : d.sizeInBits) / 8;
        } else if (t instanceof Metadata.DICompositeType c) {
            return c.sizeInBits / 8;
        }
        return 0;
    }

    /** Typedefs and qualifiers do not change what a value is. */
    private static Metadata strip(Metadata type) {
        Metadata t = type;
        for (int guard = 0; guard < 64 && t instanceof Metadata.DIDerivedType d && d.tag != Metadata.DW_TAG_POINTER_TYPE && d.tag != DW_TAG_MEMBER; guard++) {
            t = d.baseType;
        }
        return t;
    }

    private static List<Metadata> elements(Metadata tuple) {
        return tuple instanceof Metadata.Tuple t ? t.elements : List.of();
    }

    /** The structs a version describes, by tag: from the types of its globals and of the variables of its functions. */
    static Map<String, CType> structsOf(Iterable<Metadata> roots) {
        Map<String, CType> structs = new HashMap<>();
        ArrayDeque<Metadata> pending = new ArrayDeque<>();
        java.util.Set<Metadata> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        roots.forEach(r -> {
            if (r != null) {
                pending.add(r);
            }
        });
        while (!pending.isEmpty()) {
            Metadata m = pending.poll();
            if (!seen.add(m)) {
                continue;
            }
            if (m instanceof Metadata.DIDerivedType d && d.baseType != null) {
                pending.add(d.baseType);
            } else if (m instanceof Metadata.DICompositeType c) {
                if (c.tag == Metadata.DW_TAG_STRUCTURE_TYPE && c.name != null && c.elements != null) {
                    structs.putIfAbsent(c.name, VersionDescriber.typeOf(c));
                }
                if (c.baseType != null) {
                    pending.add(c.baseType);
                }
                pending.addAll(elements(c.elements));
            } else if (m instanceof Metadata.DISubroutineType s) {
                elements(s.types).forEach(x -> {
                    if (x != null) {
                        pending.add(x);
                    }
                });
            }
        }
        return structs;
    }
}
