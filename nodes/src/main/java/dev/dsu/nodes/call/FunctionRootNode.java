package dev.dsu.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;

import dev.dsu.nodes.CThreadState;
import dev.dsu.nodes.CallRegisters;
import dev.dsu.nodes.ThreadStates;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.control.BlockDispatchNode;
import dev.dsu.nodes.control.LongjmpException;
import dev.dsu.nodes.control.SetjmpNode;
import dev.dsu.nodes.memory.Heap;
import dev.dsu.nodes.memory.MemoryFault;
import dev.dsu.nodes.memory.StackAllocations;
import dev.dsu.nodes.update.UpdateHook;
import dev.dsu.nodes.update.UpdateUnwind;

/** One C function: moves its arguments into their slots, runs its blocks, frees its stack objects. */
public final class FunctionRootNode extends RootNode {
    private final String name;
    private final Heap heap;
    /*
     * Slot numbers must be compilation constants: a frame accessed at a non-constant slot
     * cannot be virtualised, so every call would allocate and fill a real frame.
     */
    @CompilationFinal(dimensions = 1) private final int[] argumentSlots;
    @CompilationFinal(dimensions = 1) private final ValueKind[] argumentKinds;
    private final int stackSlot;
    private final int returnSlot;
    @Child private BlockDispatchNode body;
    /** setjmp support: -1 when the function calls no setjmp. */
    private final int activationSlot;
    @CompilationFinal(dimensions = 1) private final int[] setjmpResumeBlocks;
    @CompilationFinal(dimensions = 1) private final int[] setjmpResultSlots;
    private final ThreadStates threads;
    private final UpdateHook updates;
    /** Estimated native frame size, charged against the emulated 8 MiB stack. */
    private final long frameBytes;
    private final CallRegisters registers;
    /** Whether a call may pass the arguments in {@link CallRegisters}: only primitives, few enough, no variadic part. */
    private final boolean takesRegisters;
    /** Keeps reading the registers out of compiled code of functions never called that way. */
    @CompilationFinal private boolean calledWithRegisters;

    public FunctionRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name, Heap heap, ThreadStates threads, UpdateHook updates,
                    long frameBytes,
                    int[] argumentSlots, ValueKind[] argumentKinds, int stackSlot, int returnSlot, BlockDispatchNode body, int activationSlot,
                    int[] setjmpResumeBlocks, int[] setjmpResultSlots, boolean variadic) {
        super(language, descriptor);
        this.name = name;
        this.heap = heap;
        this.threads = threads;
        this.updates = updates;
        this.frameBytes = frameBytes;
        this.argumentSlots = argumentSlots;
        this.argumentKinds = argumentKinds;
        this.stackSlot = stackSlot;
        this.returnSlot = returnSlot;
        this.body = body;
        this.activationSlot = activationSlot;
        this.setjmpResumeBlocks = setjmpResumeBlocks;
        this.setjmpResultSlots = setjmpResultSlots;
        this.registers = heap.callRegisters();
        this.takesRegisters = !variadic && CallRegisters.fit(argumentKinds);
    }

    /** The number of arguments a call may pass in {@link CallRegisters}, or -1 if it must box them. */
    public int registerArity() {
        return takesRegisters ? argumentKinds.length : -1;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        /*
         * In compiled code only the compilation root charges its frame: an inlined callee lives
         * in its caller's Java frame, and charging it made every inlined call a load-add-store on
         * the thread's counter, one dependency chain through memory across a whole recursion
         * (29% of fib's samples). Runaway recursion in compiled code therefore faults somewhat
         * deeper than natively, or at the JVM's own stack limit, which run() turns into the same
         * fault. A local, not a compilation constant: after deoptimisation the interpreter
         * finishes the call with the value the compiled code chose, so the charge stays balanced.
         */
        boolean charged = CompilerDirectives.inInterpreter() || CompilerDirectives.inCompilationRoot();
        if (charged && !heap.chargeStack(frameBytes)) {
            CompilerDirectives.transferToInterpreter();
            throw new MemoryFault("Segmentation fault: stack overflow (recursion too deep)", this);
        }
        boolean inRegisters = CallRegisters.inRegisters(frame.getArguments());
        try {
            if (updates.checking()) {
                UpdateHook.RestoredFrame restored = updates.takeRestoredFrame(threads.current(), name);
                if (restored != null) {
                    Object result = executeRestored(frame, restored);
                    return inRegisters ? registers.returned(result) : result;
                }
            }
            if (inRegisters) {
                loadArgumentRegisters(frame);
                return registers.returned(executeBody(frame));
            }
            storeArguments(frame);
            return executeBody(frame);
        } finally {
            if (charged) {
                heap.dischargeStack(frameBytes);
            }
        }
    }

    private Object executeBody(VirtualFrame frame) {
        frame.setObjectStatic(stackSlot, null);
        frame.setObjectStatic(returnSlot, null);
        return run(frame, -1, 0);
    }

    /** A frame rebuilt by an update: its slots come from the old version's frame, mapped. */
    private Object executeRestored(VirtualFrame frame, UpdateHook.RestoredFrame restored) {
        CompilerDirectives.transferToInterpreter();
        Object[] values = restored.slotValues();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Long l) {
                frame.setLongStatic(i, l);
            } else if (v instanceof Double d) {
                frame.setDoubleStatic(i, d);
            } else if (v instanceof Float f) {
                frame.setFloatStatic(i, f);
            } else {
                frame.setObjectStatic(i, v);
            }
        }
        return run(frame, restored.block(), restored.statement());
    }

    private Object run(VirtualFrame frame, int resumeBlock, int resumeStatement) {
        boolean unrolled = false;
        try {
            if (resumeBlock >= 0) {
                body.resumeAt(frame, resumeBlock, resumeStatement);
            } else if (activationSlot < 0) {
                body.execute(frame, 0);
            } else {
                runWithSetjmp(frame);
            }
            return frame.getObjectStatic(returnSlot);
        } catch (UpdateUnwind u) {
            // the frame lives on in the new version: its stack objects keep their identity
            unrolled = true;
            u.addFrame(name, frame.materialize());
            throw u;
        } catch (StackOverflowError e) {
            // Turned into a C fault right here: a Java error crossing every frame of a deep
            // recursion costs time quadratic in its depth.
            throw new MemoryFault("Segmentation fault: stack overflow (recursion too deep)", this);
        } finally {
            Object stack = unrolled ? null : frame.getObjectStatic(stackSlot);
            if (stack != null) {
                ((StackAllocations) stack).releaseAll(heap);
            }
        }
    }

    private void runWithSetjmp(VirtualFrame frame) {
        frame.setLongStatic(activationSlot, SetjmpNode.newActivation());
        int start = 0;
        while (true) {
            try {
                body.executeAt(frame, start, setjmpResumeBlocks);
                return;
            } catch (LongjmpException e) {
                if (e.activation != frame.getLongStatic(activationSlot)) {
                    throw e;
                }
                frame.setLongStatic(setjmpResultSlots[e.site], e.value == 0 ? 1 : e.value);
                start = setjmpResumeBlocks[e.site];
            }
        }
    }

    @ExplodeLoop
    private void storeArguments(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        for (int i = 0; i < argumentSlots.length; i++) {
            Object a = i < args.length ? args[i] : null;
            int slot = argumentSlots[i];
            switch (argumentKinds[i]) {
                case LONG -> frame.setLongStatic(slot, a instanceof Long l ? l : 0L);
                case DOUBLE -> frame.setDoubleStatic(slot, a instanceof Double d ? d : 0.0);
                case FLOAT -> frame.setFloatStatic(slot, a instanceof Float f ? f : 0.0f);
                case OBJECT -> frame.setObjectStatic(slot, a);
            }
        }
    }

    /** Before anything else runs: the registers are the next call's once this function calls. */
    @ExplodeLoop
    private void loadArgumentRegisters(VirtualFrame frame) {
        if (!calledWithRegisters) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            calledWithRegisters = true;
        }
        long[] bits = registers.arguments;
        for (int i = 0; i < argumentSlots.length; i++) {
            int slot = argumentSlots[i];
            switch (argumentKinds[i]) {
                case LONG -> frame.setLongStatic(slot, bits[i]);
                case DOUBLE -> frame.setDoubleStatic(slot, Double.longBitsToDouble(bits[i]));
                case FLOAT -> frame.setFloatStatic(slot, Float.intBitsToFloat((int) bits[i]));
                case OBJECT -> throw CompilerDirectives.shouldNotReachHere("objects are not passed in registers");
            }
        }
    }

    public int getStackSlot() {
        return stackSlot;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
