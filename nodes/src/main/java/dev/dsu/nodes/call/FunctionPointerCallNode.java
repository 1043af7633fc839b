package dev.dsu.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Calls a defined C function reached through a pointer, remembering the first one: a site that
 * always reaches the same function (a qsort comparator, a callback, a function-pointer field
 * set once) calls it directly, so the compiler can inline it. A second function at the same
 * site switches it to plain indirect calls for good.
 */
final class FunctionPointerCallNode extends Node {
    @CompilationFinal private CFunction cached;
    @Child private DirectCallNode direct;
    @Child private IndirectCallNode indirect;

    Object call(CFunction function, Object[] args) {
        if (indirect == null) {
            if (function == cached) {
                return direct.call(args);
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            if (cached == null) {
                cached = function;
                direct = insert(DirectCallNode.create(function.getTarget()));
                return direct.call(args);
            }
            indirect = insert(IndirectCallNode.create());
        }
        return indirect.call(function.getTarget(), args);
    }

    /** Whether this site has reached more than one function: its callees are not inlined. */
    boolean isMegamorphic() {
        return indirect != null;
    }

    Object callMegamorphic(RootCallTarget target, Object[] args) {
        return indirect.call(target, args);
    }
}
