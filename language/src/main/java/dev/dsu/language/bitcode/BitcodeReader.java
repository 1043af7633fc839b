package dev.dsu.language.bitcode;

import java.util.List;

import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Module;

/**
 * Reads LLVM bitcode (as produced by clang 14 and later) into the {@link Module} IR model.
 * Everything the reader does not understand ends in an {@link IrReadException}.
 */
public final class BitcodeReader {
    private static final int WRAPPER_MAGIC = 0x0B17C0DE;
    private static final int STRTAB_BLOB = 1;

    private BitcodeReader() {
    }

    /** Reads the module; function bodies are read when first needed (see {@link FunctionBodies}). */
    public static Module read(byte[] bytes) {
        return read(bytes, true);
    }

    /** With {@code lazyBodies} false every function body is read now, and any error in one is reported now. */
    public static Module read(byte[] bytes, boolean lazyBodies) {
        try {
            return readChecked(bytes, lazyBodies);
        } catch (IrReadException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Malformed input can break invariants anywhere; callers only need to know it is unreadable.
            throw new IrReadException("malformed bitcode: " + e);
        }
    }

    private static Module readChecked(byte[] bytes, boolean lazyBodies) {
        if (bytes == null || bytes.length < 8) {
            throw new IrReadException("not an LLVM bitcode file (too short)");
        }
        int start = 0;
        int end = bytes.length;
        if (le32(bytes, 0) == WRAPPER_MAGIC) {
            if (bytes.length < 20) {
                throw new IrReadException("truncated bitcode wrapper header");
            }
            long offset = le32(bytes, 8) & 0xFFFFFFFFL;
            long size = le32(bytes, 12) & 0xFFFFFFFFL;
            if (offset + size > bytes.length || size < 4) {
                throw new IrReadException("bitcode wrapper points outside the file");
            }
            start = (int) offset;
            end = (int) (offset + size);
        }
        if (end - start < 4 || bytes[start] != 'B' || bytes[start + 1] != 'C' || (bytes[start + 2] & 0xFF) != 0xC0 || (bytes[start + 3] & 0xFF) != 0xDE) {
            throw new IrReadException("not an LLVM bitcode file (bad magic)");
        }
        // Blocks are 32-bit aligned; a stray tail shorter than a word cannot hold anything.
        int usable = start + 4 + ((end - start - 4) & ~3);
        BitstreamScanner scanner = new BitstreamScanner(new BitReader(bytes, start + 4, usable));
        List<BitstreamScanner.TopBlock> blocks = scanner.topLevelBlocks();

        ModuleContext ctx = new ModuleContext();
        if (lazyBodies) {
            ctx.lazyBodies = new FunctionBodies(scanner, ctx);
        }
        // The string table follows the module block but names its symbols, so it goes first.
        for (BitstreamScanner.TopBlock b : blocks) {
            if (b.id() == BlockIds.STRTAB) {
                scanner.parse(b, r -> {
                    if (r.code == STRTAB_BLOB && r.blob != null) {
                        ctx.strtab = r.blob;
                    }
                });
            }
        }
        boolean sawModule = false;
        for (BitstreamScanner.TopBlock b : blocks) {
            if (b.id() == BlockIds.MODULE) {
                if (sawModule) {
                    throw new IrReadException("bitcode file with more than one module");
                }
                sawModule = true;
                scanner.parse(b, new ModuleListener(ctx));
            }
        }
        if (!sawModule) {
            throw new IrReadException("bitcode file without a module block");
        }
        return ctx.module;
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
