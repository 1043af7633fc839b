package dev.dsu.language.ir;

/**
 * LLVM instructions. Operands are plain {@link Value} references (readers resolve forward
 * references before handing a function over). An instruction's own type is its result type
 * ({@link Type#VOID} when it produces nothing).
 */
public abstract class Instruction extends Value {
    /** DILocation of this instruction, or null. */
    private Metadata debugLocation;

    protected Instruction(Type resultType) {
        super(resultType);
    }

    public Metadata getDebugLocation() {
        return debugLocation;
    }

    public void setDebugLocation(Metadata debugLocation) {
        this.debugLocation = debugLocation;
    }

    public boolean isTerminator() {
        return false;
    }

    /** Replaces every use of {@code from} among the operands (readers resolve forward references with it). */
    public void replaceOperand(Value from, Value to) {
    }

    protected static Value swap(Value v, Value from, Value to) {
        return v == from ? to : v;
    }

    protected static void swapAll(Value[] values, Value from, Value to) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == from) {
                values[i] = to;
            }
        }
    }

    /** Integer and floating binary operations (scalar or vector). */
    public static final class Binary extends Instruction {
        public final BinOp op;
        public Value lhs;
        public Value rhs;
        /** nuw/nsw/exact/fast-math bits as read; semantics ignore them. */
        public final int flags;

        @Override
        public void replaceOperand(Value from, Value to) {
            lhs = swap(lhs, from, to);
            rhs = swap(rhs, from, to);
        }


        public Binary(Type type, BinOp op, Value lhs, Value rhs, int flags) {
            super(type);
            this.op = op;
            this.lhs = lhs;
            this.rhs = rhs;
            this.flags = flags;
        }
    }

    /** fneg. */
    public static final class FNeg extends Instruction {
        public Value operand;

        @Override
        public void replaceOperand(Value from, Value to) {
            operand = swap(operand, from, to);
        }


        public FNeg(Type type, Value operand) {
            super(type);
            this.operand = operand;
        }
    }

    public static final class Cast extends Instruction {
        public final CastOp op;
        public Value value;

        @Override
        public void replaceOperand(Value from, Value to) {
            value = swap(value, from, to);
        }


        public Cast(Type destType, CastOp op, Value value) {
            super(destType);
            this.op = op;
            this.value = value;
        }
    }

    /** icmp and fcmp; result is i1 or a vector of i1. */
    public static final class Compare extends Instruction {
        public final CmpPredicate predicate;
        public Value lhs;
        public Value rhs;

        @Override
        public void replaceOperand(Value from, Value to) {
            lhs = swap(lhs, from, to);
            rhs = swap(rhs, from, to);
        }


        public Compare(Type type, CmpPredicate predicate, Value lhs, Value rhs) {
            super(type);
            this.predicate = predicate;
            this.lhs = lhs;
            this.rhs = rhs;
        }
    }

    public static final class Select extends Instruction {
        public Value condition;
        public Value ifTrue;
        public Value ifFalse;

        @Override
        public void replaceOperand(Value from, Value to) {
            condition = swap(condition, from, to);
            ifTrue = swap(ifTrue, from, to);
            ifFalse = swap(ifFalse, from, to);
        }


        public Select(Type type, Value condition, Value ifTrue, Value ifFalse) {
            super(type);
            this.condition = condition;
            this.ifTrue = ifTrue;
            this.ifFalse = ifFalse;
        }
    }

    public static final class Alloca extends Instruction {
        public final Type allocatedType;
        public Value count;
        public final int alignment;

        @Override
        public void replaceOperand(Value from, Value to) {
            count = swap(count, from, to);
        }


        public Alloca(Type pointerType, Type allocatedType, Value count, int alignment) {
            super(pointerType);
            this.allocatedType = allocatedType;
            this.count = count;
            this.alignment = alignment;
        }
    }

    public static final class Load extends Instruction {
        public Value pointer;
        public final int alignment;
        public final boolean isVolatile;
        public final AtomicOrdering ordering;

        @Override
        public void replaceOperand(Value from, Value to) {
            pointer = swap(pointer, from, to);
        }


        public Load(Type type, Value pointer, int alignment, boolean isVolatile, AtomicOrdering ordering) {
            super(type);
            this.pointer = pointer;
            this.alignment = alignment;
            this.isVolatile = isVolatile;
            this.ordering = ordering;
        }
    }

    public static final class Store extends Instruction {
        public Value value;
        public Value pointer;
        public final int alignment;
        public final boolean isVolatile;
        public final AtomicOrdering ordering;

        @Override
        public void replaceOperand(Value from, Value to) {
            value = swap(value, from, to);
            pointer = swap(pointer, from, to);
        }


        public Store(Value value, Value pointer, int alignment, boolean isVolatile, AtomicOrdering ordering) {
            super(Type.VOID);
            this.value = value;
            this.pointer = pointer;
            this.alignment = alignment;
            this.isVolatile = isVolatile;
            this.ordering = ordering;
        }
    }

    public static final class GetElementPtr extends Instruction {
        public final Type sourceElementType;
        public Value base;
        public Value[] indices;
        public final boolean inBounds;

        @Override
        public void replaceOperand(Value from, Value to) {
            base = swap(base, from, to);
            swapAll(indices, from, to);
        }


        public GetElementPtr(Type type, Type sourceElementType, Value base, Value[] indices, boolean inBounds) {
            super(type);
            this.sourceElementType = sourceElementType;
            this.base = base;
            this.indices = indices;
            this.inBounds = inBounds;
        }
    }

    /**
     * A call. {@code functionType} is the callee's signature as called (the source of truth with
     * opaque pointers); {@code attributes} are the call-site attributes (byval, sret, ...).
     */
    public static final class Call extends Instruction {
        public final Type.FunctionType functionType;
        public Value callee;
        public Value[] arguments;
        public final AttributeList attributes;
        public final boolean tail;

        @Override
        public void replaceOperand(Value from, Value to) {
            callee = swap(callee, from, to);
            swapAll(arguments, from, to);
        }


        public Call(Type.FunctionType functionType, Value callee, Value[] arguments, AttributeList attributes, boolean tail) {
            super(functionType.returnType);
            this.functionType = functionType;
            this.callee = callee;
            this.arguments = arguments;
            this.attributes = attributes;
            this.tail = tail;
        }
    }

    public static final class Phi extends Instruction {
        public Value[] values;
        public BasicBlock[] blocks;

        @Override
        public void replaceOperand(Value from, Value to) {
            swapAll(values, from, to);
        }


        public Phi(Type type, Value[] values, BasicBlock[] blocks) {
            super(type);
            this.values = values;
            this.blocks = blocks;
        }
    }

    public static final class ExtractValue extends Instruction {
        public Value aggregate;
        public final int[] indices;

        @Override
        public void replaceOperand(Value from, Value to) {
            aggregate = swap(aggregate, from, to);
        }


        public ExtractValue(Type type, Value aggregate, int[] indices) {
            super(type);
            this.aggregate = aggregate;
            this.indices = indices;
        }
    }

    public static final class InsertValue extends Instruction {
        public Value aggregate;
        public Value value;
        public final int[] indices;

        @Override
        public void replaceOperand(Value from, Value to) {
            aggregate = swap(aggregate, from, to);
            value = swap(value, from, to);
        }


        public InsertValue(Type type, Value aggregate, Value value, int[] indices) {
            super(type);
            this.aggregate = aggregate;
            this.value = value;
            this.indices = indices;
        }
    }

    public static final class ExtractElement extends Instruction {
        public Value vector;
        public Value index;

        @Override
        public void replaceOperand(Value from, Value to) {
            vector = swap(vector, from, to);
            index = swap(index, from, to);
        }


        public ExtractElement(Type type, Value vector, Value index) {
            super(type);
            this.vector = vector;
            this.index = index;
        }
    }

    public static final class InsertElement extends Instruction {
        public Value vector;
        public Value element;
        public Value index;

        @Override
        public void replaceOperand(Value from, Value to) {
            vector = swap(vector, from, to);
            element = swap(element, from, to);
            index = swap(index, from, to);
        }


        public InsertElement(Type type, Value vector, Value element, Value index) {
            super(type);
            this.vector = vector;
            this.element = element;
            this.index = index;
        }
    }

    /** shufflevector; a mask entry of -1 means undef (the translator uses zero). */
    public static final class ShuffleVector extends Instruction {
        public Value first;
        public Value second;
        public final int[] mask;

        @Override
        public void replaceOperand(Value from, Value to) {
            first = swap(first, from, to);
            second = swap(second, from, to);
        }


        public ShuffleVector(Type type, Value first, Value second, int[] mask) {
            super(type);
            this.first = first;
            this.second = second;
            this.mask = mask;
        }
    }

    public static final class AtomicRMW extends Instruction {
        public enum Op {
            XCHG, ADD, SUB, AND, NAND, OR, XOR, MAX, MIN, UMAX, UMIN, FADD, FSUB, FMAX, FMIN, UINC_WRAP, UDEC_WRAP
        }

        public final Op op;
        public Value pointer;
        public Value value;
        public final AtomicOrdering ordering;

        @Override
        public void replaceOperand(Value from, Value to) {
            pointer = swap(pointer, from, to);
            value = swap(value, from, to);
        }


        public AtomicRMW(Type type, Op op, Value pointer, Value value, AtomicOrdering ordering) {
            super(type);
            this.op = op;
            this.pointer = pointer;
            this.value = value;
            this.ordering = ordering;
        }
    }

    /** cmpxchg; result type is the literal struct {T, i1}. */
    public static final class CmpXchg extends Instruction {
        public Value pointer;
        public Value expected;
        public Value replacement;
        public final AtomicOrdering successOrdering;
        public final AtomicOrdering failureOrdering;
        public final boolean weak;

        @Override
        public void replaceOperand(Value from, Value to) {
            pointer = swap(pointer, from, to);
            expected = swap(expected, from, to);
            replacement = swap(replacement, from, to);
        }


        public CmpXchg(Type type, Value pointer, Value expected, Value replacement, AtomicOrdering successOrdering,
                        AtomicOrdering failureOrdering, boolean weak) {
            super(type);
            this.pointer = pointer;
            this.expected = expected;
            this.replacement = replacement;
            this.successOrdering = successOrdering;
            this.failureOrdering = failureOrdering;
            this.weak = weak;
        }
    }

    public static final class Fence extends Instruction {
        public final AtomicOrdering ordering;

        public Fence(AtomicOrdering ordering) {
            super(Type.VOID);
            this.ordering = ordering;
        }
    }

    /** The va_arg instruction (clang lowers x86-64 va_arg inline, but other producers emit this). */
    public static final class VaArg extends Instruction {
        public Value vaList;

        @Override
        public void replaceOperand(Value from, Value to) {
            vaList = swap(vaList, from, to);
        }


        public VaArg(Type type, Value vaList) {
            super(type);
            this.vaList = vaList;
        }
    }

    public static final class Freeze extends Instruction {
        public Value value;

        @Override
        public void replaceOperand(Value from, Value to) {
            value = swap(value, from, to);
        }


        public Freeze(Type type, Value value) {
            super(type);
            this.value = value;
        }
    }

    // ---- terminators ----

    public abstract static class Terminator extends Instruction {
        protected Terminator() {
            super(Type.VOID);
        }

        @Override
        public boolean isTerminator() {
            return true;
        }
    }

    public static final class Ret extends Terminator {
        /** Null for {@code ret void}. */
        public Value value;

        @Override
        public void replaceOperand(Value from, Value to) {
            value = swap(value, from, to);
        }


        public Ret(Value value) {
            this.value = value;
        }
    }

    /** Unconditional when {@code condition} is null (then {@code ifFalse} is null too). */
    public static final class Br extends Terminator {
        public Value condition;
        public BasicBlock ifTrue;
        public BasicBlock ifFalse;

        @Override
        public void replaceOperand(Value from, Value to) {
            condition = swap(condition, from, to);
        }


        public Br(Value condition, BasicBlock ifTrue, BasicBlock ifFalse) {
            this.condition = condition;
            this.ifTrue = ifTrue;
            this.ifFalse = ifFalse;
        }
    }

    public static final class Switch extends Terminator {
        public Value condition;
        public BasicBlock defaultBlock;
        public final Constant.Int[] caseValues;
        public BasicBlock[] caseBlocks;

        @Override
        public void replaceOperand(Value from, Value to) {
            condition = swap(condition, from, to);
        }


        public Switch(Value condition, BasicBlock defaultBlock, Constant.Int[] caseValues, BasicBlock[] caseBlocks) {
            this.condition = condition;
            this.defaultBlock = defaultBlock;
            this.caseValues = caseValues;
            this.caseBlocks = caseBlocks;
        }
    }

    public static final class IndirectBr extends Terminator {
        public Value address;
        public BasicBlock[] destinations;

        @Override
        public void replaceOperand(Value from, Value to) {
            address = swap(address, from, to);
        }


        public IndirectBr(Value address, BasicBlock[] destinations) {
            this.address = address;
            this.destinations = destinations;
        }
    }

    public static final class Unreachable extends Terminator {
    }
}
