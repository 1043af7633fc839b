package dev.dsu.nodes.frame;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CStatementNode;

/**
 * Forgets frame slots whose values are dead (no later instruction reads them). Only compiled
 * code does it: there every deoptimisation point and loop header otherwise keeps all slots of
 * the virtual frame alive, so dead values cost registers, spills and loop phis. The interpreter
 * skips it, since a stale dead value is harmless and writing it away would cost time.
 */
public final class ClearSlotsNode extends CStatementNode {
    @CompilationFinal(dimensions = 1) private final int[] primitiveSlots;
    @CompilationFinal(dimensions = 1) private final int[] objectSlots;

    public ClearSlotsNode(int[] primitiveSlots, int[] objectSlots) {
        this.primitiveSlots = primitiveSlots;
        this.objectSlots = objectSlots;
    }

    @Override
    public void execute(VirtualFrame frame) {
        if (CompilerDirectives.inCompiledCode()) {
            clear(frame);
        }
    }

    @ExplodeLoop
    public void clear(VirtualFrame frame) {
        for (int slot : primitiveSlots) {
            frame.clearPrimitiveStatic(slot);
        }
        for (int slot : objectSlots) {
            frame.clearObjectStatic(slot);
        }
    }
}
