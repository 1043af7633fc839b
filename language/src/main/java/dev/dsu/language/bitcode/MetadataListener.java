package dev.dsu.language.bitcode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.GlobalVariable;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * METADATA_BLOCK (module and function level) and METADATA_KIND_BLOCK. Nodes may refer to later
 * nodes (cycles through scopes and types), so each record creates an empty node of the right
 * class at once and its fields are filled when the block ends.
 */
final class MetadataListener implements BlockListener {
    private static final int STRING_OLD = 1;
    private static final int VALUE = 2;
    private static final int NODE = 3;
    private static final int NAME = 4;
    private static final int DISTINCT_NODE = 5;
    private static final int KIND = 6;
    private static final int LOCATION = 7;
    private static final int NAMED_NODE = 10;
    private static final int SUBRANGE = 13;
    private static final int ENUMERATOR = 14;
    private static final int BASIC_TYPE = 15;
    private static final int FILE = 16;
    private static final int DERIVED_TYPE = 17;
    private static final int COMPOSITE_TYPE = 18;
    private static final int SUBROUTINE_TYPE = 19;
    private static final int COMPILE_UNIT = 20;
    private static final int SUBPROGRAM = 21;
    private static final int LEXICAL_BLOCK = 22;
    private static final int LEXICAL_BLOCK_FILE = 23;
    private static final int GLOBAL_VAR = 27;
    private static final int LOCAL_VAR = 28;
    private static final int EXPRESSION = 29;
    private static final int STRINGS = 35;
    private static final int GLOBAL_DECL_ATTACHMENT = 36;
    private static final int GLOBAL_VAR_EXPR = 37;
    private static final int INDEX_OFFSET = 38;
    private static final int INDEX = 39;

    private static final int FLAG_BIT_FIELD = 1 << 19;
    private static final int SP_FLAG_DEFINITION = 1 << 3;

    private record Pending(Metadata node, int code, long[] ops) {
    }

    private final ModuleContext ctx;
    private final MetadataTable md;
    private final List<Pending> pending = new ArrayList<>();
    private final List<long[]> globalAttachments = new ArrayList<>();
    private final List<Object[]> namedNodes = new ArrayList<>();
    private String pendingName;

    MetadataListener(ModuleContext ctx) {
        this.ctx = ctx;
        this.md = ctx.metadata;
    }

    static BlockListener kinds(ModuleContext ctx) {
        return r -> {
            if (r.code == KIND) {
                ctx.metadata.kinds.put(r.get(0), r.string(1));
            }
        };
    }

    @Override
    public void record(Record r) {
        switch (r.code) {
            case STRINGS -> strings(r);
            case STRING_OLD -> md.add(new Metadata.Str(r.string(0)));
            case NAME -> pendingName = r.string(0);
            case NAMED_NODE -> namedNodes.add(new Object[]{pendingName, r.copy()});
            case KIND -> md.kinds.put(r.get(0), r.string(1));
            case GLOBAL_DECL_ATTACHMENT -> globalAttachments.add(r.copy());
            case INDEX_OFFSET, INDEX -> {
            }
            case VALUE -> {
                Type t = ctx.type(r.get(0));
                Metadata.ValueRef ref = new Metadata.ValueRef(null);
                ref.value = ctx.values.get(r.get(1), t);
                ctx.values.registerUser(ref);
                md.add(ref);
            }
            default -> {
                Metadata node = create(r.code);
                md.add(node);
                pending.add(new Pending(node, r.code, r.copy()));
            }
        }
    }

    private void strings(Record r) {
        long count = r.get(0);
        long offset = r.get(1);
        byte[] blob = r.blob;
        if (blob == null || offset < 0 || offset > blob.length || count < 0 || count > blob.length * 8L) {
            throw new IrReadException("malformed METADATA_STRINGS record");
        }
        BitReader lengths = new BitReader(blob, 0, (int) offset);
        int pos = (int) offset;
        for (long i = 0; i < count; i++) {
            int len = (int) lengths.readVbr(6);
            if (len < 0 || pos + len > blob.length) {
                throw new IrReadException("METADATA_STRINGS entry out of range");
            }
            md.add(new Metadata.Str(new String(blob, pos, len, StandardCharsets.UTF_8)));
            pos += len;
        }
    }

    private static Metadata create(int code) {
        return switch (code) {
            case NODE, DISTINCT_NODE -> new Metadata.Tuple();
            case LOCATION -> new Metadata.DILocation();
            case SUBRANGE -> new Metadata.DISubrange();
            case ENUMERATOR -> new Metadata.DIEnumerator();
            case BASIC_TYPE -> new Metadata.DIBasicType();
            case FILE -> new Metadata.DIFile();
            case DERIVED_TYPE -> new Metadata.DIDerivedType();
            case COMPOSITE_TYPE -> new Metadata.DICompositeType();
            case SUBROUTINE_TYPE -> new Metadata.DISubroutineType();
            case COMPILE_UNIT -> new Metadata.DICompileUnit();
            case SUBPROGRAM -> new Metadata.DISubprogram();
            case LEXICAL_BLOCK -> new Metadata.DILexicalBlock();
            case LEXICAL_BLOCK_FILE -> new Metadata.DILexicalBlockFile();
            case GLOBAL_VAR -> new Metadata.DIGlobalVariable();
            case LOCAL_VAR -> new Metadata.DILocalVariable();
            case EXPRESSION -> new Metadata.DIExpression();
            case GLOBAL_VAR_EXPR -> new Metadata.DIGlobalVariableExpression();
            default -> new Metadata.Other(otherKind(code));
        };
    }

    private static String otherKind(int code) {
        return switch (code) {
            case 12 -> "GenericDINode";
            case 24 -> "DINamespace";
            case 25 -> "DITemplateTypeParameter";
            case 26 -> "DITemplateValueParameter";
            case 31 -> "DIImportedEntity";
            case 32 -> "DIModule";
            case 33 -> "DIMacro";
            case 34 -> "DIMacroFile";
            case 40 -> "DILabel";
            case 41 -> "DIStringType";
            case 44 -> "DICommonBlock";
            case 45 -> "DIGenericSubrange";
            case 46 -> "DIArgList";
            case 47 -> "DIAssignID";
            default -> "metadata record " + code;
        };
    }

    @Override
    public void exitBlock() {
        for (Pending p : pending) {
            try {
                fill(p.node(), p.code(), p.ops());
            } catch (ArrayIndexOutOfBoundsException e) {
                throw new IrReadException("metadata record code " + p.code() + " has too few operands");
            } catch (ClassCastException e) {
                throw new IrReadException("metadata record code " + p.code() + " has an operand of the wrong kind");
            }
        }
        pending.clear();
        for (Object[] n : namedNodes) {
            List<Metadata> list = new ArrayList<>();
            for (long id : (long[]) n[1]) {
                list.add(md.get(id));
            }
            ctx.module.namedMetadata.put((String) n[0], list);
        }
        for (long[] a : globalAttachments) {
            attachToGlobal(a);
        }
    }

    private void attachToGlobal(long[] a) {
        Value v = ctx.values.get(a[0], null);
        for (int i = 1; i + 1 < a.length; i += 2) {
            if (!md.isDbgKind(a[i])) {
                continue;
            }
            Metadata m = md.get(a[i + 1]);
            if (v instanceof GlobalVariable g) {
                g.debugInfo.add(m);
            } else if (v instanceof Function f) {
                f.setSubprogram(m);
            }
        }
    }

    private Metadata ref(long idPlusOne) {
        return md.getOrNull(idPlusOne);
    }

    private Metadata.DIFile file(long idPlusOne) {
        Metadata m = ref(idPlusOne);
        return m instanceof Metadata.DIFile f ? f : null;
    }

    private String str(long idPlusOne) {
        return md.string(idPlusOne);
    }

    private static long at(long[] o, int i, long dflt) {
        return i < o.length ? o[i] : dflt;
    }

    private void fill(Metadata node, int code, long[] o) {
        switch (node) {
            case Metadata.Tuple t -> {
                for (long id : o) {
                    t.elements.add(ref(id));
                }
            }
            case Metadata.DILocation l -> {
                l.line = (int) o[1];
                l.column = (int) o[2];
                l.scope = md.get(o[3]);
                l.inlinedAt = (Metadata.DILocation) ref(o[4]);
            }
            case Metadata.DIFile f -> {
                f.filename = str(o[1]);
                f.directory = str(o[2]);
            }
            case Metadata.DICompileUnit cu -> {
                cu.file = file(o[2]);
                cu.producer = str(o[3]);
                cu.globals = ref(at(o, 12, 0));
            }
            case Metadata.DISubprogram sp -> fillSubprogram(sp, o);
            case Metadata.DILexicalBlock b -> {
                b.scope = ref(o[1]);
                b.file = file(o[2]);
                b.line = (int) o[3];
                b.column = (int) o[4];
            }
            case Metadata.DILexicalBlockFile b -> {
                b.scope = ref(o[1]);
                b.file = file(o[2]);
            }
            case Metadata.DILocalVariable v -> {
                v.scope = ref(o[1]);
                v.name = str(o[2]);
                v.file = file(o[3]);
                v.line = (int) o[4];
                v.type = ref(o[5]);
                v.arg = (int) o[6];
            }
            case Metadata.DIGlobalVariable g -> {
                g.scope = ref(o[1]);
                g.name = str(o[2]);
                g.linkageName = str(o[3]);
                g.file = file(o[4]);
                g.line = (int) o[5];
                g.type = ref(o[6]);
                g.isLocal = o[7] != 0;
                g.isDefinition = o[8] != 0;
            }
            case Metadata.DIGlobalVariableExpression e -> {
                e.variable = ref(o[1]);
                e.expression = ref(at(o, 2, 0));
            }
            case Metadata.DIExpression e -> {
                long[] ops = new long[o.length - 1];
                System.arraycopy(o, 1, ops, 0, ops.length);
                e.ops = ops;
            }
            case Metadata.DIBasicType b -> {
                b.tag = (int) o[1];
                b.name = str(o[2]);
                b.sizeInBits = o[3];
                b.encoding = (int) at(o, 5, 0);
            }
            case Metadata.DIDerivedType d -> {
                d.tag = (int) o[1];
                d.name = str(o[2]);
                d.file = file(o[3]);
                d.line = (int) o[4];
                d.scope = ref(o[5]);
                d.baseType = ref(o[6]);
                d.sizeInBits = o[7];
                d.alignInBits = o[8];
                d.offsetInBits = o[9];
                d.flags = (int) o[10];
                if ((d.flags & FLAG_BIT_FIELD) != 0) {
                    Long storage = constantInt(ref(at(o, 11, 0)));
                    d.bitFieldStorageOffset = storage != null ? storage : -1;
                }
            }
            case Metadata.DICompositeType c -> {
                c.tag = (int) o[1];
                c.name = str(o[2]);
                c.file = file(o[3]);
                c.line = (int) o[4];
                c.scope = ref(o[5]);
                c.baseType = ref(o[6]);
                c.sizeInBits = o[7];
                c.alignInBits = o[8];
                c.elements = ref(at(o, 11, 0));
                c.identifier = str(at(o, 15, 0));
            }
            case Metadata.DISubroutineType s -> s.types = ref(o[2]);
            case Metadata.DISubrange s -> fillSubrange(s, o);
            case Metadata.DIEnumerator e -> {
                e.isUnsigned = (o[0] & 2) != 0;
                if ((o[0] & 4) != 0) {
                    int bitWidth = (int) o[1];
                    e.name = str(o[2]);
                    java.math.BigInteger v = ConstantsListener.wide(o, 3, o.length - 3, Math.max(1, bitWidth));
                    e.value = v.longValue();
                    if (e.isUnsigned && bitWidth < 64) {
                        e.value &= (1L << bitWidth) - 1;
                    }
                } else {
                    e.value = Record.decodeSigned(o[1]);
                    e.name = str(o[2]);
                }
            }
            default -> {
            }
        }
    }

    private void fillSubprogram(Metadata.DISubprogram sp, long[] o) {
        boolean hasSpFlags = (o[0] & 4) != 0;
        sp.scope = ref(o[1]);
        sp.name = str(o[2]);
        sp.linkageName = str(o[3]);
        sp.file = file(o[4]);
        sp.line = (int) o[5];
        sp.type = ref(o[6]);
        if (hasSpFlags) {
            sp.isDefinition = (o[9] & SP_FLAG_DEFINITION) != 0;
            sp.unit = ref(at(o, 12, 0));
            sp.retainedNodes = ref(at(o, 15, 0));
        } else {
            sp.isDefinition = o[8] != 0;
            sp.unit = (o[0] & 2) != 0 ? ref(at(o, 15, 0)) : null;
            sp.retainedNodes = ref(at(o, 18, 0));
        }
    }

    private void fillSubrange(Metadata.DISubrange s, long[] o) {
        int version = (int) (o[0] >> 1);
        switch (version) {
            case 0 -> {
                s.count = o[1];
                s.lowerBound = Record.decodeSigned(o[2]);
            }
            case 1 -> {
                Long c = constantInt(ref(o[1]));
                s.count = c != null ? c : -1;
                s.lowerBound = Record.decodeSigned(o[2]);
            }
            default -> {
                Long c = constantInt(ref(o[1]));
                s.count = c != null ? c : -1;
                Long lo = constantInt(ref(at(o, 2, 0)));
                s.lowerBound = lo != null ? lo : 0;
            }
        }
    }

    private static Long constantInt(Metadata m) {
        if (m instanceof Metadata.ValueRef r && r.value instanceof Constant.Int i) {
            return i.value;
        }
        return null;
    }
}
