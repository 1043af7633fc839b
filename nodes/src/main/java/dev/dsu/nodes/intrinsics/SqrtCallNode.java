package dev.dsu.nodes.intrinsics;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.call.LibraryFunction;

/**
 * A call to sqrt/sqrtf computed inline: the library is needed only for a negative argument,
 * where it must also set errno to EDOM.
 */
public final class SqrtCallNode extends CExpressionNode {
    private final boolean isFloat;
    private final LibraryFunction library;
    @Child private CExpressionNode argument;

    public SqrtCallNode(boolean isFloat, LibraryFunction library, CExpressionNode argument) {
        this.isFloat = isFloat;
        this.library = library;
        this.argument = argument;
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        double x = argument.executeDouble(frame);
        if (x < 0) {
            CompilerDirectives.transferToInterpreter();
            return (Double) library.call(new Object[]{x}, this);
        }
        return Math.sqrt(x);
    }

    @Override
    public float executeFloat(VirtualFrame frame) {
        float x = argument.executeFloat(frame);
        if (x < 0) {
            CompilerDirectives.transferToInterpreter();
            return ((Number) library.call(new Object[]{x}, this)).floatValue();
        }
        return (float) Math.sqrt(x);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return isFloat ? (Object) executeFloat(frame) : (Object) executeDouble(frame);
    }
}
