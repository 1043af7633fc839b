package dev.dsu.nodes.expr;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;

/** extractvalue / insertvalue on first-class structs and arrays (Object[] values, never mutated in place). */
public final class AggregateNodes {
    private AggregateNodes() {
    }

    public static final class Extract extends CExpressionNode {
        private final ValueKind kind;
        @Child private CExpressionNode aggregate;
        @CompilationFinal(dimensions = 1) private final int[] indices;

        public Extract(ValueKind kind, CExpressionNode aggregate, int[] indices) {
            this.kind = kind;
            this.aggregate = aggregate;
            this.indices = indices;
        }

        @Override
        @ExplodeLoop
        public Object executeGeneric(VirtualFrame frame) {
            Object v = aggregate.executeGeneric(frame);
            for (int index : indices) {
                v = ((Object[]) v)[index];
            }
            return v;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return (Long) executeGeneric(frame);
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return (Double) executeGeneric(frame);
        }

        @Override
        public float executeFloat(VirtualFrame frame) {
            return (Float) executeGeneric(frame);
        }

        public ValueKind kind() {
            return kind;
        }
    }

    public static final class Insert extends CExpressionNode.ObjectValued {
        @Child private CExpressionNode aggregate;
        @Child private CExpressionNode value;
        @CompilationFinal(dimensions = 1) private final int[] indices;

        public Insert(CExpressionNode aggregate, CExpressionNode value, int[] indices) {
            this.aggregate = aggregate;
            this.value = value;
            this.indices = indices;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object[] root = (Object[]) aggregate.executeGeneric(frame);
            Object v = value.executeGeneric(frame);
            return insert(root, 0, v);
        }

        private Object[] insert(Object[] agg, int depth, Object v) {
            Object[] copy = agg.clone();
            int index = indices[depth];
            if (depth == indices.length - 1) {
                copy[index] = v;
            } else {
                copy[index] = insert((Object[]) agg[index], depth + 1, v);
            }
            return copy;
        }
    }
}
