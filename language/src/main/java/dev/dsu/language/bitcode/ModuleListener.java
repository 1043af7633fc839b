package dev.dsu.language.bitcode;

import java.util.ArrayList;
import java.util.List;

import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.GlobalAlias;
import dev.dsu.language.ir.GlobalValue;
import dev.dsu.language.ir.GlobalVariable;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Type;

/** MODULE_BLOCK: module-wide records and the dispatch to the nested blocks. */
final class ModuleListener implements BlockListener {
    private static final int VERSION = 1;
    private static final int TRIPLE = 2;
    private static final int DATALAYOUT = 3;
    private static final int GLOBALVAR = 7;
    private static final int FUNCTION = 8;
    private static final int ALIAS_OLD = 9;
    private static final int ALIAS = 14;
    private static final int SOURCE_FILENAME = 16;
    private static final int IFUNC = 18;

    private record PendingInit(GlobalValue global, long valueId, Type type) {
    }

    private final ModuleContext ctx;
    private final List<PendingInit> initializers = new ArrayList<>();

    ModuleListener(ModuleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public boolean defers(int blockId) {
        return blockId == BlockIds.FUNCTION && ctx.lazyBodies != null;
    }

    @Override
    public void deferred(BitstreamScanner.TopBlock block) {
        Function f = ctx.functionsWithBodies.poll();
        if (f == null) {
            throw new IrReadException("function block without a matching function definition record");
        }
        ctx.lazyBodies.defer(f, block);
    }

    @Override
    public BlockListener enterBlock(int blockId) {
        return switch (blockId) {
            case BlockIds.PARAMATTR_GROUP -> AttributeListeners.groups(ctx);
            case BlockIds.PARAMATTR -> AttributeListeners.lists(ctx);
            case BlockIds.TYPE_NEW -> new TypeTableListener(ctx);
            case BlockIds.CONSTANTS -> new ConstantsListener(ctx);
            case BlockIds.METADATA -> new MetadataListener(ctx);
            case BlockIds.METADATA_KIND -> MetadataListener.kinds(ctx);
            case BlockIds.VALUE_SYMTAB -> SymbolTableListener.forModule(ctx);
            case BlockIds.FUNCTION -> {
                Function f = ctx.functionsWithBodies.poll();
                if (f == null) {
                    throw new IrReadException("function block without a matching function definition record");
                }
                yield new FunctionListener(ctx, f);
            }
            default -> null; // operand bundle tags, sync scope names, use lists, comdats...
        };
    }

    @Override
    public void record(Record r) {
        switch (r.code) {
            case VERSION -> {
                ctx.version = r.getInt(0);
                if (ctx.version > 2) {
                    throw new IrReadException("unsupported module version " + ctx.version);
                }
            }
            case TRIPLE -> ctx.module.setTargetTriple(r.string(0));
            case DATALAYOUT -> ctx.module.setDataLayout(r.string(0));
            case SOURCE_FILENAME -> ctx.module.setSourceFileName(r.string(0));
            case GLOBALVAR -> globalVariable(r);
            case FUNCTION -> function(r);
            case ALIAS, ALIAS_OLD -> alias(r);
            case IFUNC -> throw new IrReadException("unsupported module record code " + r.code + " (ifunc)");
            default -> {
                // section names, GC names, comdats, VSTOFFSET, hashes: not needed
            }
        }
    }

    /** Since LLVM 5 (module version 2) symbol names live in the STRTAB as offset and size. */
    private int nameFields() {
        return ctx.version >= 2 ? 2 : 0;
    }

    private String name(Record r) {
        return ctx.version >= 2 ? ctx.strtabString(r.get(0), r.get(1)) : null;
    }

    private void globalVariable(Record r) {
        int b = nameFields();
        Type t = ctx.type(r.get(b));
        long flags = r.get(b + 1);
        boolean explicitType = (flags & 2) != 0;
        Type valueType;
        int addressSpace;
        if (explicitType) {
            valueType = t;
            addressSpace = (int) (flags >>> 2);
        } else {
            valueType = TypeUtil.pointee(t);
            if (valueType == null) {
                throw new IrReadException("global variable without a value type");
            }
            addressSpace = ((Type.PointerType) t).addressSpace;
        }
        GlobalVariable g = new GlobalVariable(ctx.pointerTo(valueType, addressSpace), name(r), valueType, (flags & 1) != 0);
        long initId = r.get(b + 2);
        g.setLinkage(Operators.linkage(r.get(b + 3)));
        g.setAlignment(Operators.alignment(r.get(b + 4)));
        if (r.size() > b + 7) {
            g.setThreadLocal(r.get(b + 7) != 0);
        }
        if (initId != 0) {
            initializers.add(new PendingInit(g, initId - 1, valueType));
        }
        ctx.module.globals.add(g);
        ctx.values.add(g);
    }

    private void function(Record r) {
        int b = nameFields();
        Type t = ctx.type(r.get(b));
        if (t instanceof Type.PointerType p && p.pointee != null) {
            t = p.pointee;
        }
        if (!(t instanceof Type.FunctionType ft)) {
            throw new IrReadException("function record with non-function type " + t);
        }
        boolean isProto = r.get(b + 2) != 0;
        int addressSpace = r.size() > b + 16 ? r.getInt(b + 16) : 0;
        Function f = new Function(ctx.pointerTo(ft, addressSpace), name(r), ft, isProto);
        f.setLinkage(Operators.linkage(r.get(b + 3)));
        f.setAttributes(ctx.attributes.get(r.get(b + 4), ft));
        if (!isProto) {
            ctx.functionsWithBodies.add(f);
        }
        ctx.module.functions.add(f);
        ctx.values.add(f);
    }

    private void alias(Record r) {
        int b = nameFields();
        Type valueType;
        Type pointerType;
        int i;
        if (r.code == ALIAS) {
            valueType = ctx.type(r.get(b));
            pointerType = ctx.pointerTo(valueType, r.getInt(b + 1));
            i = b + 2;
        } else {
            pointerType = ctx.type(r.get(b));
            valueType = TypeUtil.pointee(pointerType);
            i = b + 1;
        }
        GlobalAlias a = new GlobalAlias(pointerType, name(r), valueType);
        long aliasee = r.get(i);
        a.setLinkage(Operators.linkage(r.get(i + 1)));
        initializers.add(new PendingInit(a, aliasee, pointerType));
        ctx.module.aliases.add(a);
        ctx.values.add(a);
    }

    @Override
    public void exitBlock() {
        for (PendingInit p : initializers) {
            Constant c = ctx.values.getConstant(p.valueId(), p.type());
            if (p.global() instanceof GlobalVariable g) {
                g.setInitializer(c);
            } else {
                ((GlobalAlias) p.global()).setAliasee(c);
            }
        }
        ctx.values.truncate(ctx.values.size(), "module");
        if (!ctx.functionsWithBodies.isEmpty()) {
            throw new IrReadException("function " + ctx.functionsWithBodies.peek().getName() + " has no body in the bitcode");
        }
    }
}
