package dev.dsu.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryFault;

/**
 * indirectbr (computed goto). A blockaddress is a pointer into the function's object whose
 * offset is the IR block index, so the target is read from the offset.
 */
public final class IndirectBranchNode extends TerminatorNode {
    @Child private CExpressionNode address;
    /** The IR block index each destination's blockaddress carries as its offset. */
    @CompilationFinal(dimensions = 1) private final int[] labels;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final int[] destinations;
    @Children private final EdgeMoves[] moves;

    public IndirectBranchNode(CExpressionNode address, int[] labels, int[] destinations, EdgeMoves[] moves) {
        this.address = address;
        this.labels = labels;
        this.destinations = destinations;
        this.moves = moves;
    }

    @Override
    public int[] successors() {
        return destinations;
    }

    @Override
    @ExplodeLoop
    public int execute(VirtualFrame frame) {
        int label = Heap.offset(address.executeLong(frame));
        for (int i = 0; i < destinations.length; i++) {
            if (labels[i] == label) {
                if (moves[i] != null) {
                    moves[i].execute(frame);
                }
                return i;
            }
        }
        com.oracle.truffle.api.CompilerDirectives.transferToInterpreter();
        throw new MemoryFault("Segmentation fault: computed goto to an address that is not a label of this function", this);
    }
}
