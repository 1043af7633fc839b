package dev.dsu.nodes.control;

import java.util.concurrent.atomic.AtomicLong;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.memory.Heap;

/**
 * setjmp ends a dispatch block: it records in the jmp_buf which activation and which setjmp
 * site to come back to, sets its result to 0 and continues with the next block; a later
 * longjmp resumes at that same block with the result set to the longjmp value.
 */
public final class SetjmpNode extends TerminatorNode {
    /** Written after the activation and site so that longjmp can tell a jmp_buf from garbage. */
    public static final long MAGIC = 0x5e7_1a4b_0ffL;
    private static final AtomicLong ACTIVATIONS = new AtomicLong();

    private final Heap heap;
    @Child private CExpressionNode buffer;
    private final int activationSlot;
    private final int site;
    private final int resultSlot;
    private final int continuation;

    public SetjmpNode(Heap heap, CExpressionNode buffer, int activationSlot, int site, int resultSlot, int continuation) {
        this.heap = heap;
        this.buffer = buffer;
        this.activationSlot = activationSlot;
        this.site = site;
        this.resultSlot = resultSlot;
        this.continuation = continuation;
    }

    public static long newActivation() {
        return ACTIVATIONS.incrementAndGet();
    }

    @Override
    public int execute(VirtualFrame frame) {
        long env = buffer.executeLong(frame);
        heap.putI64(env, frame.getLongStatic(activationSlot), this);
        heap.putI64(env + 8, site, this);
        heap.putI64(env + 16, MAGIC, this);
        frame.setLongStatic(resultSlot, 0);
        return 0;
    }

    @Override
    public int[] successors() {
        return new int[]{continuation};
    }
}
