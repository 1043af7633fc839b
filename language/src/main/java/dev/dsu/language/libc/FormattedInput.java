package dev.dsu.language.libc;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.nodes.memory.Heap;

/** The scanf family's sources: a string or a stream, with variadic or va_list arguments. */
final class FormattedInput {
    private final Heap heap;
    private final Stdio stdio;
    private final Scanf scanf;

    FormattedInput(Heap heap, Stdio stdio) {
        this.heap = heap;
        this.stdio = stdio;
        this.scanf = new Scanf(heap);
    }

    private Scanf.Input streamInput(Stdio.Stream s) {
        return new Scanf.Input() {
            @Override
            public int read() {
                return stdio.getc(s);
            }

            @Override
            public void unread(int c) {
                if (c >= 0) {
                    stdio.ungetc(s, c);
                }
            }
        };
    }

    @TruffleBoundary
    long fromStream(Stdio.Stream s, long fmt, VarArgs va, Node loc) {
        return scanf.scan(streamInput(s), heap.readCStringBytes(fmt, loc), va, loc);
    }

    @TruffleBoundary
    long fromString(long str, long fmt, VarArgs va, Node loc) {
        return scanf.scan(new Scanf.StringInput(heap.readCStringBytes(str, loc)), heap.readCStringBytes(fmt, loc), va, loc);
    }

    private VarArgs args(Object[] a, int index, boolean vaList, Node loc) {
        return vaList ? VarArgs.ofVaList(heap, Args.l(a, index), loc) : VarArgs.of(a, index);
    }

    void register(Map<String, Builtin> m) {
        for (String p : new String[]{"", "__isoc99_", "__isoc23_"}) {
            m.put(p + "scanf", (a, loc) -> fromStream(stdio.stdin, Args.l(a, 0), args(a, 1, false, loc), loc));
            m.put(p + "vscanf", (a, loc) -> fromStream(stdio.stdin, Args.l(a, 0), args(a, 1, true, loc), loc));
            m.put(p + "fscanf", (a, loc) -> fromStream(stdio.stream(Args.l(a, 0), loc), Args.l(a, 1), args(a, 2, false, loc), loc));
            m.put(p + "vfscanf", (a, loc) -> fromStream(stdio.stream(Args.l(a, 0), loc), Args.l(a, 1), args(a, 2, true, loc), loc));
            m.put(p + "sscanf", (a, loc) -> fromString(Args.l(a, 0), Args.l(a, 1), args(a, 2, false, loc), loc));
            m.put(p + "vsscanf", (a, loc) -> fromString(Args.l(a, 0), Args.l(a, 1), args(a, 2, true, loc), loc));
        }
    }
}
