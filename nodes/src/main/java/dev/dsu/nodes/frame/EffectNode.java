package dev.dsu.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.CStatementNode;

/** An instruction whose result is unused or void (a call, a store): evaluated for its effect. */
public final class EffectNode extends CStatementNode {
    @Child private CExpressionNode expression;

    public EffectNode(CExpressionNode expression) {
        this.expression = expression;
    }

    @Override
    public void execute(VirtualFrame frame) {
        expression.executeGeneric(frame);
    }
}
