package dev.dsu.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.CallRegisters;
import dev.dsu.nodes.IntegerWidth;
import dev.dsu.nodes.ThreadStates;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.control.CRuntimeError;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryFault;
import dev.dsu.nodes.memory.MemoryObject;
import dev.dsu.nodes.update.UpdateUnwind;

/**
 * A call instruction. Arguments are passed boxed in an Object[] (partial evaluation removes
 * the boxes when the callee is inlined); the result is unboxed to the call's value kind.
 */
public abstract class CallNode extends CExpressionNode {
    @Children protected final CExpressionNode[] arguments;
    protected final ValueKind resultKind;
    /** Integer result width, to normalise what library functions return. */
    protected final int resultBits;
    private int line;
    /** This call's continuation point label ("call f#2"), for updates that unroll through it. */
    private String continuationLabel = "call";

    protected CallNode(CExpressionNode[] arguments, ValueKind resultKind, int resultBits) {
        this.arguments = arguments;
        this.resultKind = resultKind;
        this.resultBits = resultBits;
    }

    public int getLine() {
        return line;
    }

    public void setLine(int line) {
        this.line = line;
    }

    public void setContinuationLabel(String label) {
        this.continuationLabel = label;
    }

    protected abstract Object call(VirtualFrame frame, Object[] args);

    protected final UpdateUnwind passing(UpdateUnwind u) {
        u.passCallSite(continuationLabel);
        return u;
    }

    @ExplodeLoop
    protected final Object[] evaluateArguments(VirtualFrame frame) {
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = arguments[i].executeGeneric(frame);
        }
        return args;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] args = evaluateArguments(frame);
        try {
            return call(frame, args);
        } catch (UpdateUnwind u) {
            throw passing(u);
        }
    }

    @Override
    public long executeLong(VirtualFrame frame) {
        Object r = executeGeneric(frame);
        return r instanceof Long l ? l : toLong(r);
    }

    private long toLong(Object r) {
        CompilerDirectives.transferToInterpreter();
        if (r instanceof Integer i) {
            return i;
        }
        if (r == null) {
            return 0;
        }
        throw new CRuntimeError("function returned " + r.getClass().getSimpleName() + " where an integer was expected", this);
    }

    @Override
    public double executeDouble(VirtualFrame frame) {
        Object r = executeGeneric(frame);
        return r instanceof Double d ? d : ((Number) r).doubleValue();
    }

    @Override
    public float executeFloat(VirtualFrame frame) {
        Object r = executeGeneric(frame);
        return r instanceof Float f ? f : ((Number) r).floatValue();
    }

    protected final Object normalizeLibraryResult(Object r) {
        if (resultKind == ValueKind.LONG && r instanceof Long l) {
            return IntegerWidth.normalize(l, resultBits);
        }
        return r;
    }

    /** Call to a function of this program known by name. */
    public static final class Direct extends CallNode {
        private final CFunction callee;
        @Child private DirectCallNode callNode;

        public Direct(CFunction callee, CExpressionNode[] arguments, ValueKind resultKind, int resultBits) {
            super(arguments, resultKind, resultBits);
            this.callee = callee;
        }

        @Override
        protected Object call(VirtualFrame frame, Object[] args) {
            if (callNode == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                callNode = insert(DirectCallNode.create(callee.getTarget()));
            }
            return callNode.call(args);
        }
    }

    /** Call to a library function. */
    public static final class Library extends CallNode {
        private final LibraryFunction function;
        private final ThreadStates threads;

        public Library(LibraryFunction function, ThreadStates threads, CExpressionNode[] arguments, ValueKind resultKind, int resultBits) {
            super(arguments, resultKind, resultBits);
            this.function = function;
            this.threads = threads;
        }

        @Override
        protected Object call(VirtualFrame frame, Object[] args) {
            threads.current().libraryCalls++;
            return normalizeLibraryResult(callLibrary(function, args, this));
        }
    }

    /** Call to a library function with integer arguments and result: primitive longs, no boxes (see IntegerLibraryFunction). */
    public static final class IntegerLibrary extends CallNode {
        private final IntegerLibraryFunction function;
        private final ThreadStates threads;

        public IntegerLibrary(IntegerLibraryFunction function, ThreadStates threads, CExpressionNode[] arguments, int resultBits) {
            super(arguments, ValueKind.LONG, resultBits);
            this.function = function;
            this.threads = threads;
            assert arguments.length <= 3;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            long a0 = arguments.length > 0 ? arguments[0].executeLong(frame) : 0;
            long a1 = arguments.length > 1 ? arguments[1].executeLong(frame) : 0;
            long a2 = arguments.length > 2 ? arguments[2].executeLong(frame) : 0;
            threads.current().libraryCalls++;
            try {
                return IntegerWidth.normalize(callIntegers(function, a0, a1, a2, this), resultBits);
            } catch (UpdateUnwind u) {
                throw passing(u);
            }
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return executeLong(frame);
        }

        @Override
        protected Object call(VirtualFrame frame, Object[] args) {
            threads.current().libraryCalls++;
            return normalizeLibraryResult(callLibrary(function, args, this));
        }

        @TruffleBoundary
        private static long callIntegers(IntegerLibraryFunction function, long a0, long a1, long a2, CallNode location) {
            return function.callIntegers(a0, a1, a2, location);
        }
    }

    /** Call to a declared function that nothing defines: a clear error instead of a link failure. */
    public static final class Undefined extends CallNode {
        private final String name;

        public Undefined(String name, CExpressionNode[] arguments, ValueKind resultKind, int resultBits) {
            super(arguments, resultKind, resultBits);
            this.name = name;
        }

        @Override
        protected Object call(VirtualFrame frame, Object[] args) {
            throw new CRuntimeError("call to undefined function '" + name + "' (not in the program and not in the C library)", this);
        }
    }

    /** Call through a function pointer. */
    public static final class Indirect extends CallNode {
        private final Heap heap;
        private final CallRegisters registers;
        /** The arguments' kinds if all of them can go in {@link CallRegisters}, else null. */
        @CompilationFinal(dimensions = 1) private final ValueKind[] registerKinds;
        @Child private CExpressionNode target;
        @Child private FunctionPointerCallNode callNode = new FunctionPointerCallNode();

        public Indirect(Heap heap, CExpressionNode target, CExpressionNode[] arguments, ValueKind[] argumentKinds, ValueKind resultKind, int resultBits) {
            super(arguments, resultKind, resultBits);
            this.heap = heap;
            this.registers = heap.callRegisters();
            this.target = target;
            this.registerKinds = CallRegisters.fit(argumentKinds) ? argumentKinds : null;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            long pointer = target.executeLong(frame);
            if (registerKinds != null && callNode.isMegamorphic()) {
                long[] bits = evaluateArgumentBits(frame);
                try {
                    return callWithRegisters(frame, pointer, bits);
                } catch (UpdateUnwind u) {
                    throw passing(u);
                }
            }
            Object[] args = evaluateArguments(frame);
            try {
                return callPointer(frame, pointer, args);
            } catch (UpdateUnwind u) {
                throw passing(u);
            }
        }

        @Override
        protected Object call(VirtualFrame frame, Object[] args) {
            throw new IllegalStateException();
        }

        private Object callPointer(VirtualFrame frame, long pointer, Object[] args) {
            CFunction fn = resolve(heap, pointer, this);
            if (fn.isDefined()) {
                return callNode.call(fn, args);
            } else if (fn.getLibrary() != null) {
                return normalizeLibraryResult(callLibrary(fn.getLibrary(), args, this));
            }
            throw new CRuntimeError("call to undefined function '" + fn.name + "' through a function pointer", this);
        }

        /** All arguments are evaluated before the first goes in: one of them may itself be a call. */
        private Object callWithRegisters(VirtualFrame frame, long pointer, long[] bits) {
            CFunction fn = resolve(heap, pointer, this);
            if (fn.isDefined()) {
                RootCallTarget callee = fn.getTarget();
                if (fn.registerArity() == bits.length) {
                    fillRegisters(bits);
                    return registers.resultOf(callNode.callMegamorphic(callee, CallRegisters.IN_REGISTERS));
                }
            }
            return callPointer(frame, pointer, boxed(bits));
        }

        @ExplodeLoop
        private long[] evaluateArgumentBits(VirtualFrame frame) {
            long[] bits = new long[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                bits[i] = switch (registerKinds[i]) {
                    case LONG -> arguments[i].executeLong(frame);
                    case DOUBLE -> Double.doubleToRawLongBits(arguments[i].executeDouble(frame));
                    case FLOAT -> Float.floatToRawIntBits(arguments[i].executeFloat(frame));
                    case OBJECT -> throw CompilerDirectives.shouldNotReachHere("objects are not passed in registers");
                };
            }
            return bits;
        }

        @ExplodeLoop
        private void fillRegisters(long[] bits) {
            long[] into = registers.arguments;
            for (int i = 0; i < bits.length; i++) {
                into[i] = bits[i];
            }
        }

        /** For a callee that does not take registers (variadic, an object argument, another arity) or the library. */
        @ExplodeLoop
        private Object[] boxed(long[] bits) {
            Object[] args = new Object[bits.length];
            for (int i = 0; i < bits.length; i++) {
                args[i] = switch (registerKinds[i]) {
                    case LONG -> bits[i];
                    case DOUBLE -> Double.longBitsToDouble(bits[i]);
                    case FLOAT -> Float.intBitsToFloat((int) bits[i]);
                    case OBJECT -> throw CompilerDirectives.shouldNotReachHere("objects are not passed in registers");
                };
            }
            return args;
        }
    }

    /** The library is plain Java: compiled code calls it, it is never partially evaluated. */
    @TruffleBoundary
    static Object callLibrary(LibraryFunction function, Object[] args, CallNode location) {
        return function.call(args, location);
    }

    public static CFunction resolve(Heap heap, long pointer, CExpressionNode location) {
        MemoryObject o = heap.objectOrNull(pointer);
        if (o != null && o.function instanceof CFunction fn && Heap.offset(pointer) == 0) {
            return fn;
        }
        CompilerDirectives.transferToInterpreter();
        throw new MemoryFault("Segmentation fault: call through " + (pointer == 0 ? "a null function pointer" : "a pointer that is not a function"), location);
    }
}
