package dev.dsu.language;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.Module;
import dev.dsu.nodes.CStatementNode;
import dev.dsu.nodes.call.CallNode;
import dev.dsu.nodes.control.TerminatorNode;

/**
 * Writes a C-level fault report to stderr: what happened and the C call stack with source
 * files and lines from debug info (function names only without it).
 */
final class FaultReporter {
    private final Module module;

    FaultReporter(Module module) {
        this.module = module;
    }

    /** The source file of a function, from its debug info (looked up only when a fault is reported). */
    private String fileOfFunction(String name) {
        Function f = module.getFunction(name);
        return f != null && f.getSubprogram() instanceof Metadata.DISubprogram sp && sp.file != null ? sp.file.filename : null;
    }

    /** One line for the user on stderr (update reports). */
    void message(DsuContext context, String line) {
        try {
            OutputStream err = context.env().err();
            err.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // nothing sensible is left to report to
        }
    }

    void report(DsuContext context, String message, Throwable error) {
        StringBuilder b = new StringBuilder();
        b.append(message).append('\n');
        if (error != null) {
            List<TruffleStackTraceElement> trace = TruffleStackTrace.getStackTrace(error);
            if (trace != null) {
                String previous = null;
                int repeats = 0;
                int loopLine = 0;
                for (TruffleStackTraceElement e : trace) {
                    String root = e.getTarget().getRootNode().getName();
                    if (root != null && root.contains("<OSR")) {
                        // a loop compiled on its own: its line belongs to the function's frame, next
                        loopLine = lineOf(e.getLocation());
                        continue;
                    }
                    String frame = describe(e, loopLine);
                    loopLine = 0;
                    if (frame == null) {
                        continue;
                    }
                    if (frame.equals(previous)) {
                        repeats++;
                        continue;
                    }
                    appendRepeats(b, repeats);
                    repeats = 0;
                    b.append("    at ").append(frame).append('\n');
                    previous = frame;
                }
                appendRepeats(b, repeats);
            }
        }
        try {
            OutputStream err = context.env().err();
            err.write(b.toString().getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // nothing sensible is left to report to
        }
    }

    /** Deep recursions would print the same frame thousands of times. */
    private static void appendRepeats(StringBuilder b, int repeats) {
        if (repeats > 0) {
            b.append("    ... the line above ").append(repeats).append(repeats == 1 ? " more time\n" : " more times\n");
        }
    }

    private String describe(TruffleStackTraceElement e, int loopLine) {
        String name = e.getTarget().getRootNode().getName();
        if (name == null || name.startsWith("<")) {
            return null;
        }
        int line = loopLine > 0 ? loopLine : lineOf(e.getLocation());
        String file = fileOfFunction(name);
        if (file != null && line > 0) {
            return name + " (" + file + ":" + line + ")";
        } else if (file != null) {
            return name + " (" + file + ")";
        }
        return name;
    }

    private static int lineOf(Node location) {
        for (Node n = location; n != null; n = n.getParent()) {
            if (n instanceof CStatementNode s && s.getLine() > 0) {
                return s.getLine();
            } else if (n instanceof TerminatorNode t && t.getLine() > 0) {
                return t.getLine();
            } else if (n instanceof CallNode c && c.getLine() > 0) {
                return c.getLine();
            }
        }
        return 0;
    }
}
