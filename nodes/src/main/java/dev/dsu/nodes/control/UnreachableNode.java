package dev.dsu.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.dsu.nodes.memory.MemoryFault;

/** unreachable: reached only through undefined behaviour (e.g. falling off a non-void function). */
public final class UnreachableNode extends TerminatorNode {
    @Override
    public int execute(VirtualFrame frame) {
        com.oracle.truffle.api.CompilerDirectives.transferToInterpreter();
        throw new MemoryFault("Illegal instruction: reached code the compiler marked unreachable (undefined behaviour)", 132, this);
    }
}
