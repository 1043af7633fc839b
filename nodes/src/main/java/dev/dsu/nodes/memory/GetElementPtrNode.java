package dev.dsu.nodes.memory;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;

/** getelementptr: base + constant part + sum of variable indices times their scales. */
public final class GetElementPtrNode extends AddressNode {
    private final long constantOffset;
    @Child private CExpressionNode base;
    @Children private final CExpressionNode[] indices;
    @CompilationFinal(dimensions = 1) private final long[] scales;

    public GetElementPtrNode(CExpressionNode base, long constantOffset, CExpressionNode[] indices, long[] scales) {
        this.base = base;
        this.constantOffset = constantOffset;
        this.indices = indices;
        this.scales = scales;
    }

    @Override
    public long executeBase(VirtualFrame frame) {
        return base.executeLong(frame);
    }

    @Override
    @ExplodeLoop
    public long executeDisplacement(VirtualFrame frame) {
        long d = constantOffset;
        for (int i = 0; i < indices.length; i++) {
            d += indices[i].executeLong(frame) * scales[i];
        }
        return d;
    }
}
