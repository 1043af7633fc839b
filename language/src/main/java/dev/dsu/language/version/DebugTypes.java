package dev.dsu.language.version;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.dsu.language.ir.Metadata;
import dev.dsu.runtime.version.CType;

/** Turns DWARF-style debug type descriptions into the C type descriptors updates compare. */
final class DebugTypes {
    private static final int DW_ATE_BOOLEAN = 2;
    private static final int DW_ATE_FLOAT = 4;
    private static final int DW_ATE_SIGNED_CHAR = 6;
    private static final int DW_ATE_UNSIGNED = 7;
    private static final int DW_ATE_UNSIGNED_CHAR = 8;
    private static final int DI_FLAG_BIT_FIELD = 1 << 19;

    private final Map<Metadata, CType> cache = new IdentityHashMap<>();

    CType of(Metadata m) {
        if (m == null) {
            return new CType.Opaque("void", 0);
        }
        CType cached = cache.get(m);
        if (cached != null) {
            return cached;
        }
        CType t = convert(m);
        cache.put(m, t);
        return t;
    }

    private CType convert(Metadata m) {
        if (m instanceof Metadata.DIBasicType b) {
            CType.Scalar.Kind kind = switch (b.encoding) {
                case DW_ATE_BOOLEAN -> CType.Scalar.Kind.BOOL;
                case DW_ATE_FLOAT -> CType.Scalar.Kind.FLOAT;
                case DW_ATE_SIGNED_CHAR, DW_ATE_UNSIGNED_CHAR -> CType.Scalar.Kind.CHAR;
                case DW_ATE_UNSIGNED -> CType.Scalar.Kind.UNSIGNED;
                default -> CType.Scalar.Kind.SIGNED;
            };
            return new CType.Scalar(b.name, b.sizeInBits, kind);
        } else if (m instanceof Metadata.DIDerivedType d) {
            if (d.tag == Metadata.DW_TAG_POINTER_TYPE) {
                return new CType.Pointer(nameOf(d.baseType), d.sizeInBits == 0 ? 64 : d.sizeInBits);
            }
            // typedefs and qualifiers do not change a layout
            return of(d.baseType);
        } else if (m instanceof Metadata.DICompositeType c) {
            if (c.tag == Metadata.DW_TAG_STRUCTURE_TYPE || c.tag == Metadata.DW_TAG_UNION_TYPE) {
                // placeholder first: members may point back to this struct
                cache.put(m, new CType.Opaque("struct " + c.name, c.sizeInBits));
                List<CType.Member> members = new ArrayList<>();
                for (Metadata e : elements(c.elements)) {
                    if (e instanceof Metadata.DIDerivedType member && member.tag == Metadata.DW_TAG_MEMBER) {
                        boolean bitField = (member.flags & DI_FLAG_BIT_FIELD) != 0;
                        members.add(new CType.Member(member.name, member.offsetInBits, bitField ? member.sizeInBits : 0, of(member.baseType)));
                    }
                }
                return new CType.Struct(c.name, c.tag == Metadata.DW_TAG_UNION_TYPE, c.sizeInBits, members);
            } else if (c.tag == Metadata.DW_TAG_ARRAY_TYPE) {
                long count = -1;
                for (Metadata e : elements(c.elements)) {
                    if (e instanceof Metadata.DISubrange r) {
                        count = count < 0 ? r.count : count * Math.max(0, r.count);
                    }
                }
                return new CType.Array(of(c.baseType), count, c.sizeInBits);
            } else if (c.tag == Metadata.DW_TAG_ENUMERATION_TYPE) {
                return new CType.Scalar("enum " + c.name, c.sizeInBits, CType.Scalar.Kind.ENUM);
            }
            return new CType.Opaque(c.name == null ? "composite" : c.name, c.sizeInBits);
        } else if (m instanceof Metadata.DISubroutineType) {
            return new CType.Opaque("function", 0);
        }
        return new CType.Opaque(m.getClass().getSimpleName(), 0);
    }

    /** The name a pointer shows for its target; names avoid following cycles through pointers. */
    private String nameOf(Metadata m) {
        if (m == null) {
            return "void";
        } else if (m instanceof Metadata.DIBasicType b) {
            return b.name;
        } else if (m instanceof Metadata.DICompositeType c) {
            String kind = c.tag == Metadata.DW_TAG_STRUCTURE_TYPE ? "struct " : c.tag == Metadata.DW_TAG_UNION_TYPE ? "union " : "";
            return kind + (c.name == null ? "<anonymous>" : c.name);
        } else if (m instanceof Metadata.DIDerivedType d) {
            if (d.tag == Metadata.DW_TAG_POINTER_TYPE) {
                return nameOf(d.baseType) + "*";
            } else if (d.tag == Metadata.DW_TAG_TYPEDEF) {
                return d.name;
            }
            return nameOf(d.baseType);
        } else if (m instanceof Metadata.DISubroutineType) {
            return "function";
        }
        return "?";
    }

    private static List<Metadata> elements(Metadata tuple) {
        return tuple instanceof Metadata.Tuple t ? t.elements : List.of();
    }
}
