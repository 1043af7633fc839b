package dev.dsu.language.ir;

import java.util.ArrayList;
import java.util.List;

public final class BasicBlock extends Value {
    /** Position in the function, 0 = entry. */
    public final int index;
    public final List<Instruction> instructions = new ArrayList<>();

    public BasicBlock(int index) {
        super(Type.LABEL);
        this.index = index;
    }

    public Instruction terminator() {
        return instructions.isEmpty() ? null : instructions.get(instructions.size() - 1);
    }
}
