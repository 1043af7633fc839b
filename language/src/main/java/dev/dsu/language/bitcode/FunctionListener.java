package dev.dsu.language.bitcode;

import dev.dsu.language.ir.Argument;
import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.Type;

/**
 * FUNCTION_BLOCK: owns the function's basic blocks and value numbering; instruction records are
 * decoded by {@link InstructionDecoder}.
 */
final class FunctionListener implements BlockListener {
    private static final int DECLAREBLOCKS = 1;
    private static final int METADATA_ATTACHMENT = 11;

    final ModuleContext ctx;
    final Function function;
    private final int moduleValueCount;
    private final int moduleMetadataCount;
    private final InstructionDecoder decoder;
    BasicBlock[] blocks;
    private int currentBlock;
    /** The last instruction appended (DEBUG_LOC and debug records refer to it). */
    Instruction lastInstruction;
    private BasicBlock lastInstructionBlock;
    Metadata.DILocation lastLocation;

    FunctionListener(ModuleContext ctx, Function function) {
        this.ctx = ctx;
        this.function = function;
        this.moduleValueCount = ctx.values.size();
        this.moduleMetadataCount = ctx.metadata.size();
        this.decoder = new InstructionDecoder(this);
        function.setDeclaration(false);
        for (Argument a : function.arguments) {
            ctx.values.add(a);
        }
    }

    String where() {
        return "function @" + function.getName();
    }

    @Override
    public BlockListener enterBlock(int blockId) {
        BlockListener inner = nestedBlock(blockId);
        return inner == null ? null : new Located(inner);
    }

    /** Adds the function's name to errors from nested blocks (constants, metadata, names). */
    private final class Located implements BlockListener {
        private final BlockListener inner;

        Located(BlockListener inner) {
            this.inner = inner;
        }

        @Override
        public void record(Record r) {
            try {
                inner.record(r);
            } catch (IrReadException e) {
                throw withLocation(e);
            }
        }

        @Override
        public void exitBlock() {
            try {
                inner.exitBlock();
            } catch (IrReadException e) {
                throw withLocation(e);
            }
        }
    }

    private BlockListener nestedBlock(int blockId) {
        return switch (blockId) {
            case BlockIds.CONSTANTS -> new ConstantsListener(ctx);
            case BlockIds.METADATA -> new MetadataListener(ctx);
            case BlockIds.VALUE_SYMTAB -> SymbolTableListener.forFunction(ctx, blocks == null ? new BasicBlock[0] : blocks);
            case BlockIds.METADATA_ATTACHMENT -> this::attachment;
            default -> null;
        };
    }

    private void attachment(Record r) {
        // Odd-length records belong to an instruction (!tbaa and the like); even ones to the function.
        if (r.code != METADATA_ATTACHMENT || r.size() % 2 != 0) {
            return;
        }
        for (int i = 0; i + 1 < r.size(); i += 2) {
            if (ctx.metadata.isDbgKind(r.get(i))) {
                function.setSubprogram(ctx.metadata.get(r.get(i + 1)));
            }
        }
    }

    @Override
    public void record(Record r) {
        try {
            if (r.code == DECLAREBLOCKS) {
                declareBlocks(r.get(0));
            } else {
                if (blocks == null) {
                    throw new IrReadException("instruction record code " + r.code + " before DECLAREBLOCKS");
                }
                decoder.decode(r);
            }
        } catch (IrReadException e) {
            throw withLocation(e);
        } catch (RuntimeException e) {
            throw new IrReadException("malformed record code " + r.code + " in " + where() + ": " + e);
        }
    }

    private IrReadException withLocation(IrReadException e) {
        if (e.getMessage() != null && e.getMessage().contains(" in function @")) {
            return e;
        }
        return new IrReadException(e.getMessage() + " in " + where());
    }

    private void declareBlocks(long count) {
        if (blocks != null || count <= 0 || count > 10_000_000) {
            throw new IrReadException("invalid DECLAREBLOCKS " + count);
        }
        blocks = new BasicBlock[(int) count];
        for (int i = 0; i < count; i++) {
            blocks[i] = new BasicBlock(i);
            function.blocks().add(blocks[i]);
        }
    }

    BasicBlock block(long id) {
        if (id < 0 || id >= blocks.length) {
            throw new IrReadException("invalid basic block id " + id);
        }
        return blocks[(int) id];
    }

    void emit(Instruction inst) {
        if (currentBlock >= blocks.length) {
            throw new IrReadException("instruction after the last basic block");
        }
        ctx.values.registerUser(inst);
        BasicBlock bb = blocks[currentBlock];
        bb.instructions.add(inst);
        if (inst.getType() != Type.VOID) {
            ctx.values.add(inst);
        }
        lastInstruction = inst;
        lastInstructionBlock = bb;
        if (inst.isTerminator()) {
            currentBlock++;
        }
    }

    /** Debug records are written after the instruction they precede. */
    void insertBeforeLast(Instruction inst) {
        if (lastInstruction == null) {
            throw new IrReadException("debug record before any instruction");
        }
        ctx.values.registerUser(inst);
        lastInstructionBlock.instructions.add(lastInstructionBlock.instructions.size() - 1, inst);
    }

    @Override
    public void exitBlock() {
        try {
            ctx.values.truncate(moduleValueCount, where());
        } catch (IrReadException e) {
            throw withLocation(e);
        }
        ctx.metadata.truncate(moduleMetadataCount);
        if (blocks == null) {
            throw new IrReadException("function block without DECLAREBLOCKS in " + where());
        }
        if (currentBlock != blocks.length) {
            throw new IrReadException("function ends before its last basic block is terminated in " + where());
        }
    }
}
