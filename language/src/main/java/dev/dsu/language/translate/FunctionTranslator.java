package dev.dsu.language.translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

import dev.dsu.language.ir.Argument;
import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.IrReadException;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.MetadataValue;
import dev.dsu.language.version.ContinuationLabels;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;
import dev.dsu.nodes.CExpressionNode;
import dev.dsu.nodes.CStatementNode;
import dev.dsu.nodes.ValueKind;
import dev.dsu.nodes.call.FunctionRootNode;
import dev.dsu.nodes.control.BlockDispatchNode;
import dev.dsu.nodes.control.BlockNode;
import dev.dsu.nodes.control.SetjmpNode;
import dev.dsu.nodes.control.TerminatorNode;
import dev.dsu.nodes.expr.ConstantNode;
import dev.dsu.nodes.frame.ClearSlotsNode;
import dev.dsu.nodes.frame.EffectNode;
import dev.dsu.nodes.frame.ReadSlotNode;
import dev.dsu.nodes.frame.WriteSlotNode;

/**
 * Translates one IR function to a root node. Every SSA value gets a frame slot; every phi also
 * gets a shadow slot that the incoming edges write and the block start copies, which gives phis
 * their parallel-assignment semantics. IR blocks are split after each setjmp call so that a
 * longjmp can resume exactly there; dispatch blocks are numbered in that split order.
 */
public final class FunctionTranslator {
    final LoadedProgram program;
    final Function function;
    private final FrameDescriptor.Builder frame = FrameDescriptor.newBuilder();
    private final Map<Value, Integer> slots = new HashMap<>();
    private final Map<Instruction.Phi, Integer> shadowSlots = new HashMap<>();
    private final int[] firstDispatchBlock;
    final int stackSlot;
    final int returnSlot;
    private int activationSlot = -1;
    private final List<Integer> setjmpResumeBlocks = new ArrayList<>();
    private final List<Integer> setjmpResultSlots = new ArrayList<>();
    private final InstructionTranslator instructions;
    final ContinuationLabels labels;
    private final FrameLayout layout;
    /** Null unless dead slots are cleared (see ClearSlotsNode): off for updatable runs and setjmp. */
    private SlotLiveness liveness;
    /** Address computations that only folded loads and stores used (see FoldedAddress): not translated. */
    private Set<Instruction> unreadPointers = Set.of();
    /** Loads and stores that bounds-check their group's range as one (see AccessGroups). */
    AccessGroups accessGroups;
    /** The C variable name debug info gives a value (see recordNamedValues), for fault reports. */
    private final Map<Value, String> debugNames = new java.util.IdentityHashMap<>();
    /** Slots that SlotAllocator gave to more than one block-local value. */
    private final Set<Integer> sharedSlots = new java.util.HashSet<>();

    public FunctionTranslator(LoadedProgram program, Function function) {
        this.program = program;
        this.function = function;
        this.stackSlot = frame.addSlot(FrameSlotKind.Static, "<stack>", null);
        this.returnSlot = frame.addSlot(FrameSlotKind.Static, "<return>", null);
        this.firstDispatchBlock = new int[function.blocks().size()];
        this.labels = new ContinuationLabels(function);
        this.layout = new FrameLayout(function);
        this.instructions = new InstructionTranslator(this);
    }

    public RootCallTarget translate() {
        int dispatchIndex = 0;
        boolean callsSetjmp = function.blocks().stream().anyMatch(b -> b.instructions.stream().anyMatch(instructions::isSetjmp));
        // After a longjmp, code runs again with the frame as it was left: no slot may have been reused.
        slots.putAll(SlotAllocator.assign(function, frame, !callsSetjmp));
        for (BasicBlock b : function.blocks()) {
            firstDispatchBlock[b.index] = dispatchIndex++;
            for (Instruction i : b.instructions) {
                if (i instanceof Instruction.Phi phi) {
                    shadowSlots.put(phi, frame.addSlot(slotKind(TypeMapping.kindOf(phi.getType())), "<phi>", null));
                }
                if (instructions.isSetjmp(i)) {
                    dispatchIndex++;
                }
            }
        }
        // After a longjmp a block runs again with the frame as it was: it needs stale values. An
        // update maps only values live at the frame's point (FrameMapper), so it does not.
        if (!callsSetjmp) {
            liveness = new SlotLiveness(function, slots);
            Set<Integer> seen = new java.util.HashSet<>();
            for (Integer slot : slots.values()) {
                if (!seen.add(slot)) {
                    sharedSlots.add(slot);
                }
            }
        }
        int[] argumentSlots = new int[function.arguments.size()];
        ValueKind[] argumentKinds = new ValueKind[argumentSlots.length];
        for (Argument a : function.arguments) {
            argumentKinds[a.index] = TypeMapping.kindOf(a.getType());
            argumentSlots[a.index] = slotFor(a);
        }
        recordNamedValues();
        unreadPointers = FoldedAddress.unreadPointers(function);
        accessGroups = new AccessGroups(function, program.types.layout());
        List<BlockNode> blocks = new ArrayList<>();
        for (BasicBlock b : function.blocks()) {
            translateBlock(b, blocks);
        }
        String name = function.getName();
        String[] updatePoints = new String[blocks.size()];
        for (Map.Entry<BasicBlock, String> e : labels.updatePoints.entrySet()) {
            updatePoints[firstDispatchBlock[e.getKey().index]] = e.getValue();
            layout.resumePoints.put(e.getValue(), new int[]{firstDispatchBlock[e.getKey().index], 0});
            BasicBlock exit = loopExit(e.getKey());
            if (exit != null) {
                layout.loopExits.put(e.getValue(), new int[]{firstDispatchBlock[exit.index], 0});
                layout.loopExitBlocks.put(e.getValue(), exit);
            }
        }
        BlockDispatchNode body = new BlockDispatchNode(blocks.toArray(new BlockNode[0]), updatePoints, program.updates, name);
        FrameDescriptor descriptor = frame.build();
        layout.slots.putAll(slots);
        layout.recordSharedSlots();
        layout.shadowSlots.putAll(shadowSlots);
        layout.slotCount = descriptor.getNumberOfSlots();
        layout.dataLayout = program.types.layout();
        layout.stackSlot = stackSlot;
        layout.returnSlot = returnSlot;
        program.layouts.put(name, layout);
        FunctionRootNode root = new FunctionRootNode(program.language, descriptor, name, program.heap, program.threads, program.updates, nativeFrameBytes(),
                        argumentSlots, argumentKinds, stackSlot, returnSlot, body, activationSlot,
                        setjmpResumeBlocks.stream().mapToInt(Integer::intValue).toArray(), setjmpResultSlots.stream().mapToInt(Integer::intValue).toArray(),
                        function.functionType.varArgs);
        return root.getCallTarget();
    }

    /**
     * Where the loop with this head goes when it ends: the head's successor outside the span of
     * blocks from the head to its last back-edge (clang lays loops out contiguously).
     */
    private BasicBlock loopExit(BasicBlock head) {
        int last = -1;
        for (BasicBlock b : function.blocks()) {
            if (b.index >= head.index && b.terminator() instanceof Instruction.Br br && (br.ifTrue == head || br.ifFalse == head)) {
                last = Math.max(last, b.index);
            }
        }
        for (int i = head.index; i <= last && i < function.blocks().size(); i++) {
            if (function.blocks().get(i).terminator() instanceof Instruction.Br br) {
                for (BasicBlock target : new BasicBlock[]{br.ifTrue, br.ifFalse}) {
                    if (target != null && (target.index > last || target.index < head.index)) {
                        return target;
                    }
                }
            }
        }
        return null;
    }

    /** Whether running the instruction again would be observable (memory written, a call, an allocation). */
    public static boolean hasEffect(Instruction i) {
        return i instanceof Instruction.Store || i instanceof Instruction.Call || i instanceof Instruction.Alloca || i instanceof Instruction.AtomicRMW
                        || i instanceof Instruction.CmpXchg || i instanceof Instruction.Fence || i instanceof Instruction.VaArg
                        || i instanceof Instruction.Load l && (l.isVolatile || l.ordering != dev.dsu.language.ir.AtomicOrdering.NOT_ATOMIC);
    }

    /** Source variables by name, from llvm.dbg.declare (allocas) and llvm.dbg.value (SSA values). */
    private void recordNamedValues() {
        for (BasicBlock b : function.blocks()) {
            for (Instruction i : b.instructions) {
                if (i instanceof Instruction.Call c && ContinuationLabels.calleeName(c).startsWith("llvm.dbg.") && c.arguments.length >= 2
                                && c.arguments[0] instanceof MetadataValue v && v.metadata instanceof Metadata.ValueRef ref
                                && c.arguments[1] instanceof MetadataValue var && var.metadata instanceof Metadata.DILocalVariable local
                                && local.name != null && (ref.value instanceof Instruction || ref.value instanceof Argument)) {
                    if (layout.namedValues.putIfAbsent(local.name, ref.value) == null) {
                        layout.variables.put(local.name, local);
                        debugNames.putIfAbsent(ref.value, local.name);
                    }
                }
            }
        }
    }

    /** Return address, saved registers and fixed-size locals, as a native frame would hold them. */
    private long nativeFrameBytes() {
        long bytes = 48;
        for (BasicBlock b : function.blocks()) {
            for (Instruction i : b.instructions) {
                if (i instanceof Instruction.Alloca a && a.count instanceof Constant.Int n) {
                    bytes += dev.dsu.language.ir.DataLayout.alignUp(program.types.layout().sizeOf(a.allocatedType) * Math.max(1, n.value), 16);
                }
            }
        }
        return bytes;
    }

    private void translateBlock(BasicBlock b, List<BlockNode> out) {
        List<CStatementNode> statements = new ArrayList<>();
        int afterLastEffect = 0;
        List<Integer> phiShadows = new ArrayList<>();
        for (Instruction i : b.instructions) {
            if (i instanceof Instruction.Phi phi) {
                ValueKind kind = TypeMapping.kindOf(phi.getType());
                statements.add(WriteSlotNode.create(kind, slotFor(phi), ReadSlotNode.create(kind, shadowSlots.get(phi))));
                phiShadows.add(shadowSlots.get(phi));
                afterLastEffect = statements.size();
                continue;
            }
            if (liveness != null && !phiShadows.isEmpty()) {
                // the shadows were copied: keeping them would make a second loop phi per phi
                statements.add(clearBoth(new TreeSet<>(phiShadows)));
                phiShadows.clear();
            }
            if (i instanceof Instruction.Terminator t) {
                TerminatorNode term = instructions.terminator(t, b);
                term.setLine(lineOf(i));
                BlockNode block = new BlockNode(out.size(), statements.toArray(new CStatementNode[0]), term);
                if (liveness != null) {
                    block.setDeadSlots(deadAtEnd(b), isLoopHead(b) ? deadAtEntry(b) : null);
                }
                out.add(block);
                return;
            }
            if (instructions.isSetjmp(i)) {
                Instruction.Call call = (Instruction.Call) i;
                if (activationSlot < 0) {
                    activationSlot = frame.addSlot(FrameSlotKind.Static, "<activation>", null);
                }
                int site = setjmpResumeBlocks.size();
                int continuation = out.size() + 1;
                setjmpResumeBlocks.add(continuation);
                setjmpResultSlots.add(slotFor(call));
                TerminatorNode term = new SetjmpNode(program.heap, operand(call.arguments[0]), activationSlot, site, slotFor(call), continuation);
                term.setLine(lineOf(i));
                out.add(new BlockNode(out.size(), statements.toArray(new CStatementNode[0]), term));
                statements = new ArrayList<>();
                afterLastEffect = 0;
                continue;
            }
            if (unreadPointers.contains(i)) {
                continue;
            }
            CStatementNode s = instructions.statement(i);
            if (s != null && i instanceof Instruction.Call call && labels.callSites.containsKey(call)) {
                layout.resumeInstructions.put(labels.callSites.get(call), call);
                layout.resumePoints.put(labels.callSites.get(call), new int[]{out.size(), statements.size()});
                layout.recomputePoints.put(labels.callSites.get(call), new int[]{out.size(), afterLastEffect});
            }
            if (s != null) {
                s.setLine(lineOf(i));
                statements.add(s);
                if (hasEffect(i)) {
                    afterLastEffect = statements.size();
                }
            }
        }
        throw new IrReadException("block " + b.index + " of " + function.getName() + " has no terminator");
    }

    /** Slots of values live into or defined in the block that no successor needs. */
    private ClearSlotsNode deadAtEnd(BasicBlock b) {
        Set<Integer> primitive = new TreeSet<>();
        Set<Integer> object = new TreeSet<>();
        Set<Value> candidates = new java.util.HashSet<>(liveness.liveIn.get(b.index));
        candidates.addAll(liveness.defined.get(b.index));
        if (b.index == 0) {
            candidates.addAll(function.arguments);
        }
        candidates.removeAll(liveness.liveOut.get(b.index));
        for (Value v : candidates) {
            if (v instanceof Instruction.Alloca) {
                continue; // a stack object's pointer: an update maps the variable through it
            }
            int slot = slots.get(v);
            if (sharedSlot(v)) {
                // shared slots hold values of any kind over the function
                primitive.add(slot);
                object.add(slot);
            } else if (TypeMapping.kindOf(v.getType()) == ValueKind.OBJECT) {
                object.add(slot);
            } else {
                primitive.add(slot);
            }
        }
        return primitive.isEmpty() && object.isEmpty() ? null : new ClearSlotsNode(toArray(primitive), toArray(object));
    }

    /** Every value and shadow slot except what the block reads before writing. */
    private ClearSlotsNode deadAtEntry(BasicBlock b) {
        Set<Integer> dead = new TreeSet<>(slots.values());
        dead.addAll(shadowSlots.values());
        for (Value v : liveness.liveIn.get(b.index)) {
            dead.remove(slots.get(v));
        }
        for (Map.Entry<Value, Integer> e : slots.entrySet()) {
            if (e.getKey() instanceof Instruction.Alloca) {
                dead.remove(e.getValue());
            }
        }
        for (Instruction i : b.instructions) {
            if (i instanceof Instruction.Phi phi) {
                dead.remove(shadowSlots.get(phi));
            }
        }
        return dead.isEmpty() ? null : clearBoth(dead);
    }

    private boolean sharedSlot(Value v) {
        return sharedSlots.contains(slots.get(v));
    }

    /** A back-edge target: where OSR code can start. */
    private boolean isLoopHead(BasicBlock b) {
        for (BasicBlock p : function.blocks()) {
            if (p.index >= b.index && dev.dsu.language.version.Dominators.successors(p).contains(b)) {
                return true;
            }
        }
        return false;
    }

    private static ClearSlotsNode clearBoth(Set<Integer> slots) {
        int[] all = toArray(slots);
        return new ClearSlotsNode(all, all);
    }

    private static int[] toArray(Set<Integer> set) {
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---- services for the instruction translator ----

    int slotFor(Value v) {
        Integer s = slots.get(v);
        if (s == null) {
            s = frame.addSlot(slotKind(TypeMapping.kindOf(v.getType())), v.getName(), null);
            slots.put(v, s);
        }
        return s;
    }

    /**
     * Every slot is static: its kind never changes, and untagged slots keep compiled code
     * (OSR code in particular, whose entry frame comes from the interpreter) free of tag checks.
     */
    static FrameSlotKind slotKind(ValueKind kind) {
        return FrameSlotKind.Static;
    }

    /** The C variable an alloca holds, for fault reports: its value name, else its debug info's. */
    String variableName(Instruction.Alloca a) {
        return a.getName() != null ? a.getName() : debugNames.get(a);
    }

    int dispatchIndexOf(BasicBlock b) {
        return firstDispatchBlock[b.index];
    }

    int shadowSlotOf(Instruction.Phi phi) {
        return shadowSlots.get(phi);
    }

    /** A node that produces the value of an operand. */
    CExpressionNode operand(Value v) {
        ValueKind kind = TypeMapping.kindOf(v.getType());
        if (v instanceof Constant c) {
            return ConstantNode.create(kind, program.constants.evaluate(c));
        }
        if (v instanceof Instruction || v instanceof Argument) {
            return ReadSlotNode.create(kind, slotFor(v));
        }
        throw new IrReadException("unsupported operand " + v + " in " + function.getName());
    }

    CStatementNode store(Instruction i, CExpressionNode value) {
        if (i.getType() == Type.VOID) {
            return new EffectNode(value);
        }
        return WriteSlotNode.create(TypeMapping.kindOf(i.getType()), slotFor(i), value);
    }

    static int lineOf(Instruction i) {
        return i.getDebugLocation() instanceof Metadata.DILocation loc ? loc.line : 0;
    }

}
