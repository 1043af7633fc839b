package dev.dsu.nodes.intrinsics;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.memory.AllocaNode;
import dev.dsu.nodes.memory.Heap;

/** llvm.stacksave returns how many stack objects exist; llvm.stackrestore frees those made since (VLAs in loops). */
public final class StackSaveNode {
    private StackSaveNode() {
    }

    public static final class Save extends CExpressionNode.LongValued {
        private final int stackSlot;

        public Save(int stackSlot) {
            this.stackSlot = stackSlot;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return AllocaNode.stackOf(frame, stackSlot).count();
        }
    }

    public static final class Restore extends CExpressionNode.LongValued {
        private final Heap heap;
        private final int stackSlot;
        @Child private CExpressionNode mark;

        public Restore(Heap heap, int stackSlot, CExpressionNode mark) {
            this.heap = heap;
            this.stackSlot = stackSlot;
            this.mark = mark;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            AllocaNode.stackOf(frame, stackSlot).releaseAfter(heap, (int) mark.executeLong(frame));
            return 0;
        }
    }
}
