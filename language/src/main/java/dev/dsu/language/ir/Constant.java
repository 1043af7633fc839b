package dev.dsu.language.ir;

import java.math.BigInteger;

/** Compile-time constants, including constant expressions. Globals and functions are constants too. */
public abstract class Constant extends Value {

    protected Constant(Type type) {
        super(type);
    }

    /** An integer of any width; {@code value} holds the low 64 bits, {@code big} the exact value when wider. */
    public static final class Int extends Constant {
        public final long value;
        public final BigInteger big;

        public Int(Type type, long value) {
            super(type);
            this.value = value;
            this.big = null;
        }

        public Int(Type type, BigInteger big) {
            super(type);
            this.value = big.longValue();
            this.big = big;
        }
    }

    /** Floating point; {@code value} for half/float/double, {@code x87} the 10 raw bytes (little endian) of an x86_fp80. */
    public static final class Float extends Constant {
        public final double value;
        public final byte[] x87;

        public Float(Type type, double value) {
            super(type);
            this.value = value;
            this.x87 = null;
        }

        public Float(Type type, double approx, byte[] x87) {
            super(type);
            this.value = approx;
            this.x87 = x87;
        }
    }

    public static final class Null extends Constant {
        public Null(Type type) {
            super(type);
        }
    }

    /** undef and poison: the translator may pick any value (it picks zero). */
    public static final class Undef extends Constant {
        public final boolean poison;

        public Undef(Type type, boolean poison) {
            super(type);
            this.poison = poison;
        }
    }

    /** zeroinitializer of any type. */
    public static final class Zero extends Constant {
        public Zero(Type type) {
            super(type);
        }
    }

    /** Array, struct or vector with element constants. */
    public static final class Aggregate extends Constant {
        public final Constant[] elements;

        public Aggregate(Type type, Constant[] elements) {
            super(type);
            this.elements = elements;
        }
    }

    /**
     * ConstantDataArray/Vector (strings included): elements of a simple type, each as raw bits
     * (integers zero-extended, float/double as their IEEE bit patterns).
     */
    public static final class Data extends Constant {
        public final long[] elements;

        public Data(Type type, long[] elements) {
            super(type);
            this.elements = elements;
        }
    }

    public static final class Cast extends Constant {
        public final CastOp op;
        public final Constant value;

        public Cast(Type destType, CastOp op, Constant value) {
            super(destType);
            this.op = op;
            this.value = value;
        }
    }

    public static final class Gep extends Constant {
        public final Type sourceElementType;
        public final Constant base;
        public final Constant[] indices;
        public final boolean inBounds;

        public Gep(Type type, Type sourceElementType, Constant base, Constant[] indices, boolean inBounds) {
            super(type);
            this.sourceElementType = sourceElementType;
            this.base = base;
            this.indices = indices;
            this.inBounds = inBounds;
        }
    }

    public static final class Binary extends Constant {
        public final BinOp op;
        public final Constant lhs;
        public final Constant rhs;

        public Binary(Type type, BinOp op, Constant lhs, Constant rhs) {
            super(type);
            this.op = op;
            this.lhs = lhs;
            this.rhs = rhs;
        }
    }

    public static final class Compare extends Constant {
        public final CmpPredicate predicate;
        public final Constant lhs;
        public final Constant rhs;

        public Compare(Type type, CmpPredicate predicate, Constant lhs, Constant rhs) {
            super(type);
            this.predicate = predicate;
            this.lhs = lhs;
            this.rhs = rhs;
        }
    }

    public static final class Select extends Constant {
        public final Constant condition;
        public final Constant ifTrue;
        public final Constant ifFalse;

        public Select(Type type, Constant condition, Constant ifTrue, Constant ifFalse) {
            super(type);
            this.condition = condition;
            this.ifTrue = ifTrue;
            this.ifFalse = ifFalse;
        }
    }

    /** Constant extractelement (rare in C). */
    public static final class ExtractElement extends Constant {
        public final Constant vector;
        public final Constant index;

        public ExtractElement(Type type, Constant vector, Constant index) {
            super(type);
            this.vector = vector;
            this.index = index;
        }
    }

    /** blockaddress(@fn, %block): the block is resolved once the function body is read. */
    public static final class BlockAddress extends Constant {
        public final Function function;
        public final int blockIndex;

        public BlockAddress(Type type, Function function, int blockIndex) {
            super(type);
            this.function = function;
            this.blockIndex = blockIndex;
        }
    }
}
