package dev.dsu.language.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Metadata, with typed classes for the debug information the runtime uses (source lines,
 * local and global variable names and C types, struct members). Fields are mutable because
 * metadata graphs are cyclic and readers fill nodes after creating them. Anything not modelled
 * becomes {@link Other}.
 */
public abstract class Metadata {

    /** DWARF tags used by the DI type nodes. */
    public static final int DW_TAG_ARRAY_TYPE = 0x01;
    public static final int DW_TAG_ENUMERATION_TYPE = 0x04;
    public static final int DW_TAG_MEMBER = 0x0d;
    public static final int DW_TAG_POINTER_TYPE = 0x0f;
    public static final int DW_TAG_STRUCTURE_TYPE = 0x13;
    public static final int DW_TAG_SUBROUTINE_TYPE = 0x15;
    public static final int DW_TAG_TYPEDEF = 0x16;
    public static final int DW_TAG_UNION_TYPE = 0x17;
    public static final int DW_TAG_CONST_TYPE = 0x26;
    public static final int DW_TAG_VOLATILE_TYPE = 0x35;
    public static final int DW_TAG_RESTRICT_TYPE = 0x37;
    public static final int DW_TAG_ATOMIC_TYPE = 0x47;

    public static final class Str extends Metadata {
        public String value;

        public Str(String value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return "!\"" + value + "\"";
        }
    }

    /** A generic node !{...}; entries may be null. */
    public static final class Tuple extends Metadata {
        public final List<Metadata> elements = new ArrayList<>();
    }

    /** A value used as metadata (e.g. the first operand of llvm.dbg.declare). */
    public static final class ValueRef extends Metadata {
        public Value value;

        public ValueRef(Value value) {
            this.value = value;
        }
    }

    public static final class DIFile extends Metadata {
        public String filename;
        public String directory;
    }

    public static final class DICompileUnit extends Metadata {
        public DIFile file;
        public String producer;
        public Metadata globals;
    }

    public static final class DISubprogram extends Metadata {
        public String name;
        public String linkageName;
        public Metadata scope;
        public DIFile file;
        public int line;
        public Metadata type;
        public boolean isDefinition;
        public Metadata unit;
        public Metadata retainedNodes;
    }

    public static final class DILexicalBlock extends Metadata {
        public Metadata scope;
        public DIFile file;
        public int line;
        public int column;
    }

    public static final class DILexicalBlockFile extends Metadata {
        public Metadata scope;
        public DIFile file;
    }

    public static final class DILocation extends Metadata {
        public int line;
        public int column;
        public Metadata scope;
        public DILocation inlinedAt;

        /** The subprogram this location belongs to, walking lexical blocks outwards. */
        public DISubprogram subprogram() {
            Metadata s = scope;
            while (s != null) {
                if (s instanceof DISubprogram sp) {
                    return sp;
                } else if (s instanceof DILexicalBlock b) {
                    s = b.scope;
                } else if (s instanceof DILexicalBlockFile f) {
                    s = f.scope;
                } else {
                    return null;
                }
            }
            return null;
        }
    }

    public static final class DILocalVariable extends Metadata {
        public String name;
        public Metadata scope;
        public DIFile file;
        public int line;
        /** 1-based parameter number, 0 for a plain local. */
        public int arg;
        public Metadata type;
    }

    public static final class DIGlobalVariable extends Metadata {
        public String name;
        public String linkageName;
        public Metadata scope;
        public DIFile file;
        public int line;
        public Metadata type;
        public boolean isLocal;
        public boolean isDefinition;
    }

    public static final class DIGlobalVariableExpression extends Metadata {
        public Metadata variable;
        public Metadata expression;
    }

    public static final class DIExpression extends Metadata {
        public long[] ops = new long[0];
    }

    public static final class DIBasicType extends Metadata {
        public int tag;
        public String name;
        public long sizeInBits;
        public int encoding;
    }

    /** Pointers, typedefs, qualifiers and struct/union members (tag says which). */
    public static final class DIDerivedType extends Metadata {
        public int tag;
        public String name;
        public DIFile file;
        public int line;
        public Metadata scope;
        public Metadata baseType;
        public long sizeInBits;
        public long alignInBits;
        public long offsetInBits;
        public int flags;
        /** For bitfield members: the storage offset in bits, else -1. */
        public long bitFieldStorageOffset = -1;
    }

    /** Structs, unions, arrays and enums (tag says which). */
    public static final class DICompositeType extends Metadata {
        public int tag;
        public String name;
        public DIFile file;
        public int line;
        public Metadata scope;
        public Metadata baseType;
        public long sizeInBits;
        public long alignInBits;
        public Metadata elements;
        public String identifier;
    }

    public static final class DISubroutineType extends Metadata {
        public Metadata types;
    }

    public static final class DISubrange extends Metadata {
        /** Element count, or -1 when unknown/variable. */
        public long count = -1;
        public long lowerBound;
    }

    public static final class DIEnumerator extends Metadata {
        public String name;
        public long value;
        public boolean isUnsigned;
    }

    /** Metadata kinds the runtime does not use. */
    public static final class Other extends Metadata {
        public final String kind;

        public Other(String kind) {
            this.kind = kind;
        }
    }
}
