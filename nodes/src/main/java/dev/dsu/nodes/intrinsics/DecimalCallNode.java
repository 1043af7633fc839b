package dev.dsu.nodes.intrinsics;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.IntegerWidth;
import dev.dsu.nodes.call.LibraryFunction;
import dev.dsu.nodes.memory.Heap;

/**
 * A call to atoi, atol, atoll, or to strtol or strtoll with no end pointer and base 10 (what
 * clang makes of atoi and atol at -O1 and up), whose common case is compiled into the caller: a few digits
 * read in place, where the library call boxed its argument, copied the string and built a
 * result object, nine times glibc's time. Like glibc it reads no further than the number.
 * Whatever the inline path does not finish (a value that may overflow, which sets errno; a
 * number running off its object, which faults) goes to the library function itself, so
 * results, errno and fault reports are then the library's.
 */
public final class DecimalCallNode extends CExpressionNode {
    /** Returned by {@link #parse} for what it leaves to the library; no parse yields it. */
    private static final long LEFT_TO_LIBRARY = Long.MIN_VALUE;

    private final Heap heap;
    private final LibraryFunction library;
    /** 32 for atoi, whose result is the parsed long cut to an int. */
    private final int parsedBits;
    private final int resultBits;
    /** The string; for strtol also the end pointer and the base. */
    @Children private final CExpressionNode[] arguments;

    private DecimalCallNode(Heap heap, LibraryFunction library, CExpressionNode[] arguments, int parsedBits, int resultBits) {
        this.heap = heap;
        this.library = library;
        this.arguments = arguments;
        this.parsedBits = parsedBits;
        this.resultBits = resultBits;
    }

    /** The node for a call to {@code name} with these arguments, or null when it is not one of these. */
    public static DecimalCallNode forCall(String name, Heap heap, LibraryFunction library, CExpressionNode[] arguments, int resultBits) {
        int parsedBits = switch (name) {
            case "atoi" -> arguments.length == 1 ? 32 : 0;
            case "atol", "atoll" -> arguments.length == 1 ? 64 : 0;
            case "strtol", "strtoll", "__isoc23_strtol", "__isoc23_strtoll" -> arguments.length == 3 ? 64 : 0;
            default -> 0;
        };
        return parsedBits != 0 ? new DecimalCallNode(heap, library, arguments, parsedBits, resultBits) : null;
    }

    @Override
    @ExplodeLoop
    public long executeLong(VirtualFrame frame) {
        long[] values = new long[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i].executeLong(frame);
        }
        // strtol with an end pointer to set or another base: the library's
        boolean plain = values.length == 1 || values[1] == 0 && values[2] == 10;
        long value = plain ? parse(values[0]) : LEFT_TO_LIBRARY;
        if (value == LEFT_TO_LIBRARY) {
            return IntegerWidth.normalize(callLibrary(library, values, this), resultBits);
        }
        return IntegerWidth.normalize(IntegerWidth.normalize(value, parsedBits), resultBits);
    }

    /** strtol(p, NULL, 10) while it can neither overflow nor fault; else {@link #LEFT_TO_LIBRARY}. */
    private long parse(long p) {
        long at = p;
        int c = heap.peekByte(at);
        while (c == ' ' || c >= '\t' && c <= '\r') {
            c = heap.peekByte(++at);
        }
        boolean negative = c == '-';
        if (c == '-' || c == '+') {
            c = heap.peekByte(++at);
        }
        long value = 0;
        while (c >= '0' && c <= '9') {
            if (value > (Long.MAX_VALUE - 9) / 10) {
                return LEFT_TO_LIBRARY;
            }
            value = value * 10 + (c - '0');
            c = heap.peekByte(++at);
        }
        // a byte that is not there: the library reads the string whole and reports the fault
        return c < 0 ? LEFT_TO_LIBRARY : negative ? -value : value;
    }

    @TruffleBoundary
    private static long callLibrary(LibraryFunction library, long[] values, Node location) {
        Object[] args = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            args[i] = values[i];
        }
        Object r = library.call(args, location);
        return r instanceof Number n ? n.longValue() : 0;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeLong(frame);
    }
}
