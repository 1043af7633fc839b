package dev.dsu.language;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

import dev.dsu.language.libc.Builtin;
import dev.dsu.language.libc.CLibrary;
import dev.dsu.language.libc.FunctionCaller;
import dev.dsu.language.libc.IntegerBuiltin;
import dev.dsu.language.libc.UpdateYield;
import dev.dsu.nodes.CThreadState;
import dev.dsu.language.translate.LoadedProgram;
import dev.dsu.language.update.UpdateController;
import dev.dsu.runtime.control.ControlEndpoint;
import dev.dsu.nodes.call.CFunction;
import dev.dsu.nodes.call.CallNode;
import dev.dsu.nodes.call.IntegerLibraryFunction;
import dev.dsu.nodes.call.LibraryFunction;
import dev.dsu.nodes.memory.Heap;

/** One running program's state: its memory and its C library (streams, files, atexit handlers). */
public final class DsuContext {
    private final DsuLanguage language;
    private final Env env;
    private final Heap heap = new Heap();
    private final CLibrary library;
    private final UpdateController updates;

    private final ControlEndpoint control;

    DsuContext(DsuLanguage language, Env env, String updateSchedule, String updatePatch, String controlSocket) {
        this.language = language;
        this.env = env;
        this.updates = new UpdateController(updateSchedule.isEmpty() ? null : UpdateController.Schedule.parse(updateSchedule),
                        updatePatch.isEmpty() ? null : Path.of(updatePatch), !controlSocket.isEmpty(), language.threads());
        this.control = controlSocket.isEmpty() ? null : openControl(Path.of(controlSocket));
        this.library = new CLibrary(heap, env.in(), env.out(), env.err(), Map.copyOf(System.getenv()), new CFunctionCaller());
        if (updates.isUpdatable()) {
            library.allowUpdatesWhileBlocked(new UpdateYield() {
                @Override
                public boolean updateRequested(String what) {
                    return updates.arrive("<blocked>", what);
                }

                @Override
                public void awaitRequest(long nanos) throws InterruptedException {
                    updates.awaitRequest(nanos);
                }

                @Override
                public boolean reissuedAfterUpdate() {
                    CThreadState t = language.threads().current();
                    return t.libraryCalls == t.reissuedCall;
                }

                @Override
                public long currentCall() {
                    return language.threads().current().libraryCalls;
                }
            });
        }
    }

    private ControlEndpoint openControl(Path socket) {
        try {
            return ControlEndpoint.open(socket, updates::requestUpdate);
        } catch (IOException | UnsupportedOperationException e) {
            throw new LoadError("cannot open the control endpoint " + socket + ": " + e.getMessage());
        }
    }

    void closeControl() {
        if (control != null) {
            try {
                control.close();
            } catch (IOException e) {
                // the socket file may already be gone; nothing else to release
            }
        }
    }

    public Env env() {
        return env;
    }

    public DsuLanguage language() {
        return language;
    }

    public Heap heap() {
        return heap;
    }

    public UpdateController updates() {
        return updates;
    }

    public CLibrary library() {
        return library;
    }

    private final class CFunctionCaller implements FunctionCaller {
        @Override
        public Object call(long functionPointer, Object[] args, Node location) {
            return callFunctionPointer(functionPointer, args, location);
        }

        @Override
        public Callback bind(long functionPointer, Node location) {
            CFunction fn = CallNode.resolve(heap, functionPointer, null);
            if (!fn.isDefined()) {
                return args -> callFunctionPointer(functionPointer, args, location);
            }
            // No update can replace the function meanwhile: none starts inside a callback, and
            // the library code between two calls has no update point.
            CThreadState thread = language.threads().current();
            CallTarget target = fn.getTarget();
            return args -> {
                thread.callbackDepth++;
                try {
                    return target.call(args);
                } finally {
                    thread.callbackDepth--;
                }
            };
        }
    }

    private Object callFunctionPointer(long pointer, Object[] args, Node location) {
        CFunction fn = CallNode.resolve(heap, pointer, null);
        if (fn.isDefined()) {
            CThreadState thread = language.threads().current();
            thread.callbackDepth++;
            try {
                return fn.getTarget().call(args);
            } finally {
                thread.callbackDepth--;
            }
        } else if (fn.getLibrary() != null) {
            return fn.getLibrary().call(args, location);
        }
        throw new dev.dsu.nodes.control.CRuntimeError("call to undefined function '" + fn.name + "' through a function pointer", location);
    }

    LoadedProgram.LibraryLookup libraryLookup() {
        return new LoadedProgram.LibraryLookup() {
            @Override
            public LibraryFunction function(String name) {
                LibraryFunction own = RuntimeFunctions.lookup(name, heap);
                if (own != null) {
                    return own;
                }
                Builtin b = library.lookup(name);
                if (b instanceof IntegerBuiltin integers) {
                    return (IntegerLibraryFunction) integers::callIntegers;
                }
                return b == null ? null : b::call;
            }

            @Override
            public Long global(String name) {
                return library.globalAddress(name);
            }
        };
    }
}
