package dev.dsu.nodes.expr;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ValueKind;

/** select with a scalar condition; only the chosen operand is evaluated (operands are side-effect free). */
public final class SelectNode extends CExpressionNode {
    private final ValueKind kind;
    @Child private CExpressionNode condition;
    @Child private CExpressionNode ifTrue;
    @Child private CExpressionNode ifFalse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public SelectNode(ValueKind kind, CExpressionNode condition, CExpressionNode ifTrue, CExpressionNode ifFalse) {
        this.kind = kind;
        this.condition = condition;
        this.ifTrue = ifTrue;
        this.ifFalse = ifFalse;
    }

    private boolean test(VirtualFrame frame) {
        return profile.profile(condition.executeLong(frame) != 0);
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        return test(frame) ? ifTrue.executeLong(frame) : ifFalse.executeLong(frame);
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        return test(frame) ? ifTrue.executeDouble(frame) : ifFalse.executeDouble(frame);
    }

    @Override
    public float executeFloat(VirtualFrame frame) {
        return test(frame) ? ifTrue.executeFloat(frame) : ifFalse.executeFloat(frame);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return switch (kind) {
            case LONG -> executeLong(frame);
            case DOUBLE -> executeDouble(frame);
            case FLOAT -> executeFloat(frame);
            case OBJECT -> test(frame) ? ifTrue.executeGeneric(frame) : ifFalse.executeGeneric(frame);
        };
    }
}
