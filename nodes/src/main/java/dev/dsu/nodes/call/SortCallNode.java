package dev.dsu.nodes.call;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.ThreadStates;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.memory.Heap;

/** A call to qsort: runs this site's own {@link MergeSortRootNode}, whose comparator cache then sees one site's comparators. */
public final class SortCallNode extends CallNode {
    @Child private DirectCallNode sort;

    public SortCallNode(TruffleLanguage<?> language, Heap heap, ThreadStates threads, CExpressionNode[] arguments) {
        super(arguments, ValueKind.LONG, 64);
        this.sort = DirectCallNode.create(new MergeSortRootNode(language, heap, threads).getCallTarget());
    }

    @Override
    protected Object call(VirtualFrame frame, Object[] args) {
        return sort.call(args);
    }
}
