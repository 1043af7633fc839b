package dev.dsu.language.bitcode;

import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.IrReadException;

/**
 * Function blocks read on demand. The module block is read whole but its function blocks are
 * only located; a body is parsed when the function is first needed (called, printed, compared
 * for an update). Each parse starts from the module-level state, which is final by then: a
 * function block adds its values and metadata after the module's and removes them on exit.
 */
final class FunctionBodies {
    private final BitstreamScanner scanner;
    private final ModuleContext ctx;

    FunctionBodies(BitstreamScanner scanner, ModuleContext ctx) {
        this.scanner = scanner;
        this.ctx = ctx;
    }

    void defer(Function f, BitstreamScanner.TopBlock block) {
        f.setDeclaration(false);
        f.setLazyBody(() -> parse(f, block));
    }

    /** One scanner and one module state: bodies are parsed one at a time. */
    private synchronized void parse(Function f, BitstreamScanner.TopBlock block) {
        try {
            scanner.parse(block, new FunctionListener(ctx, f));
        } catch (IrReadException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new IrReadException("malformed bitcode in function @" + f.getName() + ": " + e);
        }
    }
}
