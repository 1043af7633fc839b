package dev.dsu.nodes;

/**
 * Where a call through a function pointer that reaches many functions passes its primitive
 * arguments and takes its result, as a machine passes them in registers. Truffle's calls take an
 * Object[] of boxes: where the callee is not inlined each call allocated the array, a box per
 * argument and one for the result, and had the runtime profile the argument types (bigvm's
 * dispatch loop, 18 million calls to 260 functions per iteration, spent more on that than in the
 * functions). One set per program, like the emulated stack's count (see
 * {@link dev.dsu.nodes.memory.Heap#chargeStack}): a context runs C code on one thread at a
 * time, and the callee copies the arguments out before anything else can call.
 */
public final class CallRegisters {
    public static final int COUNT = 8;

    /** Stands for what is in the registers, as an argument or a result. */
    public static final class Marker {
        private final String what;

        private Marker(String what) {
            this.what = what;
        }

        @Override
        public String toString() {
            return what + " in the call registers";
        }
    }

    /**
     * The arguments of a call that left them in the registers. Told apart by its element, not
     * by identity: compiled code of a callee gets a copy of the argument array (Truffle's
     * argument type profile casts each element into a new one).
     */
    public static final Object[] IN_REGISTERS = {new Marker("arguments")};

    /** Whether arguments of these kinds fit: at most {@link #COUNT}, none an object. */
    public static boolean fit(ValueKind[] kinds) {
        if (kinds.length > COUNT) {
            return false;
        }
        for (ValueKind k : kinds) {
            if (k == ValueKind.OBJECT) {
                return false;
            }
        }
        return true;
    }

    public static boolean inRegisters(Object[] arguments) {
        return arguments.length == 1 && arguments[0] instanceof Marker;
    }

    public static final Marker LONG_RESULT = new Marker("a long result");
    public static final Marker DOUBLE_RESULT = new Marker("a double result");
    public static final Marker FLOAT_RESULT = new Marker("a float result");

    /** Argument i's bits: a long as is, a double's or a float's raw bits. */
    public final long[] arguments = new long[COUNT];
    public long result;

    /** The callee's side: a primitive result goes to {@link #result}, anything else (void: null) is returned as is. */
    public Object returned(Object value) {
        if (value instanceof Long l) {
            result = l;
            return LONG_RESULT;
        } else if (value instanceof Double d) {
            result = Double.doubleToRawLongBits(d);
            return DOUBLE_RESULT;
        } else if (value instanceof Float f) {
            result = Float.floatToRawIntBits(f);
            return FLOAT_RESULT;
        }
        return value;
    }

    /** The caller's side: the value the callee returned, boxed again (compiled code removes the box). */
    public Object resultOf(Object returned) {
        if (returned == LONG_RESULT) {
            return result;
        } else if (returned == DOUBLE_RESULT) {
            return Double.longBitsToDouble(result);
        } else if (returned == FLOAT_RESULT) {
            return Float.intBitsToFloat((int) result);
        }
        return returned;
    }
}
