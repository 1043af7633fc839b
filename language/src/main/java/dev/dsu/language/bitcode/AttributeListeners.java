package dev.dsu.language.bitcode;

import dev.dsu.language.ir.IrReadException;

/** PARAMATTR_GROUP and PARAMATTR blocks. */
final class AttributeListeners {
    private static final int PARAMATTR_CODE_ENTRY = 2;
    private static final int PARAMATTR_GRP_CODE_ENTRY = 3;

    // Attribute kinds from LLVMBitCodes.h that matter to calling conventions.
    private static final int KIND_BY_VAL = 3;
    private static final int KIND_NO_RETURN = 17;
    private static final int KIND_RETURNS_TWICE = 23;
    private static final int KIND_OPTIMIZE_NONE = 37;
    private static final int KIND_S_EXT = 24;
    private static final int KIND_STRUCT_RET = 29;
    private static final int KIND_Z_EXT = 34;

    private AttributeListeners() {
    }

    static BlockListener groups(ModuleContext ctx) {
        return r -> {
            if (r.code == PARAMATTR_GRP_CODE_ENTRY) {
                ctx.attributes.addGroup(r.get(0), parseGroup(ctx, r));
            }
        };
    }

    static BlockListener lists(ModuleContext ctx) {
        return r -> {
            if (r.code == PARAMATTR_CODE_ENTRY) {
                ctx.attributes.addList(r.copy());
            } else {
                throw new IrReadException("unsupported PARAMATTR record code " + r.code + " (pre-LLVM-3.3 attributes)");
            }
        };
    }

    private static AttributeTable.Group parseGroup(ModuleContext ctx, Record r) {
        AttributeTable.Group g = new AttributeTable.Group();
        g.paramIndex = r.get(1);
        int i = 2;
        int[] end = new int[1];
        while (i < r.size()) {
            int kind = r.getInt(i++);
            switch (kind) {
                case 0 -> enumAttr(g, r.getInt(i++));
                case 1 -> {
                    i += 2; // int attribute: kind, value
                }
                case 3 -> {
                    r.zeroTerminated(i, end);
                    i = end[0];
                }
                case 4 -> {
                    r.zeroTerminated(i, end);
                    r.zeroTerminated(end[0], end);
                    i = end[0];
                }
                case 5, 6 -> {
                    int attr = r.getInt(i++);
                    var type = kind == 6 ? ctx.type(r.get(i++)) : null; // 6 carries a type, 5 does not
                    if (attr == KIND_BY_VAL) {
                        g.byVal = true;
                        g.byValType = type;
                    } else if (attr == KIND_STRUCT_RET) {
                        g.sret = true;
                        g.sretType = type;
                    }
                }
                case 7 -> {
                    i++; // attribute kind
                    i = skipConstantRange(r, i);
                }
                case 8 -> {
                    i++; // attribute kind
                    long count = r.get(i++);
                    long bitWidth = r.get(i++);
                    for (long k = 0; k < count; k++) {
                        i = skipRange(r, i, bitWidth);
                    }
                }
                default -> throw new IrReadException("unsupported attribute encoding " + kind + " in attribute group " + r.get(0));
            }
        }
        return g;
    }

    private static int skipConstantRange(Record r, int i) {
        long bitWidth = r.get(i);
        return skipRange(r, i + 1, bitWidth);
    }

    private static int skipRange(Record r, int i, long bitWidth) {
        if (bitWidth > 64) {
            long active = r.get(i++);
            long lower = active & 0xFFFFFFFFL;
            long upper = active >>> 32;
            return (int) (i + lower + upper);
        }
        return i + 2;
    }

    private static void enumAttr(AttributeTable.Group g, int attr) {
        switch (attr) {
            case KIND_BY_VAL -> g.byVal = true;
            case KIND_STRUCT_RET -> g.sret = true;
            case KIND_Z_EXT -> g.zeroExt = true;
            case KIND_S_EXT -> g.signExt = true;
            case KIND_NO_RETURN -> g.noReturn = true;
            case KIND_RETURNS_TWICE -> g.returnsTwice = true;
            case KIND_OPTIMIZE_NONE -> g.optimizeNone = true;
            default -> {
            }
        }
    }
}
