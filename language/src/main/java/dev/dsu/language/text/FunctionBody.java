package dev.dsu.language.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dsu.language.ir.Argument;
import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Instruction;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.MetadataValue;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/** Parses one function body: blocks, instructions, local names and their forward references. */
final class FunctionBody implements Locals {

    /** A use of a local name not yet defined; replaced once the body is read. */
    static final class ForwardRef extends Value {
        final Token firstUse;

        ForwardRef(Type type, String name, Token firstUse) {
            super(type);
            setName(name);
            this.firstUse = firstUse;
        }
    }

    private final ReaderState state;
    private final Function function;
    private final FunctionParser.BodyInfo info;
    private final Map<String, Value> values = new HashMap<>();
    private final Map<String, ForwardRef> forward = new LinkedHashMap<>();
    private final Map<String, BasicBlock> blocks;
    private final List<Instruction> all = new ArrayList<>();
    private final InstructionParser instructions;

    FunctionBody(ReaderState state, Function function, FunctionParser.BodyInfo info) {
        this.state = state;
        this.function = function;
        this.info = info;
        this.blocks = FunctionParser.createBlocks(function, info);
        this.instructions = new InstructionParser(state, this);
        int next = 0;
        for (Argument a : function.arguments) {
            String n = a.getName();
            if (n == null) {
                n = String.valueOf(next++);
                a.setName(n);
            } else if (n.chars().allMatch(Character::isDigit)) {
                next = Integer.parseInt(n) + 1;
            }
            values.put(n, a);
        }
    }

    Function function() {
        return function;
    }

    @Override
    public Value value(String name, Type type, Token where) {
        Value v = values.get(name);
        if (v != null) {
            return v;
        }
        BasicBlock b = blocks.get(name);
        if (b != null && type == Type.LABEL) {
            return b;
        }
        return forward.computeIfAbsent(name, n -> new ForwardRef(type, n, where));
    }

    @Override
    public BasicBlock block(String name, Token where) {
        BasicBlock b = blocks.get(name);
        if (b == null) {
            throw state.cursor.errorAt(where, "undefined block '%" + name + "' in @" + function.getName());
        }
        return b;
    }

    void parse() {
        Cursor c = state.cursor;
        for (BasicBlock b : function.blocks()) {
            Token t = c.peek();
            if (t.kind() == Token.Kind.LABEL) {
                if (!t.text().equals(b.getName())) {
                    throw c.error("expected block label '" + b.getName() + ":'");
                }
                c.next();
            } else if (!(b.index == 0 && info.entryUnlabeled)) {
                throw c.error("expected a block label");
            }
            while (true) {
                Instruction inst = instruction();
                b.instructions.add(inst);
                all.add(inst);
                if (inst.isTerminator()) {
                    break;
                }
            }
        }
        c.expectPunct("}");
        resolveForwardReferences();
    }

    private Instruction instruction() {
        Cursor c = state.cursor;
        Token start = c.peek();
        String name = null;
        if (start.kind() == Token.Kind.LOCAL_ID) {
            c.next();
            c.expectPunct("=");
            name = start.text();
        }
        if (start.kind() == Token.Kind.LABEL || start.isPunct("}") || start.kind() == Token.Kind.EOF) {
            throw c.error("expected an instruction (the block before has no terminator)");
        }
        Instruction inst = instructions.parse();
        if (name != null) {
            if (inst.getType() == Type.VOID) {
                throw c.errorAt(start, "instructions of type void cannot be named");
            }
            if (values.containsKey(name)) {
                throw c.errorAt(start, "redefinition of '%" + name + "'");
            }
            inst.setName(name);
            values.put(name, inst);
        }
        attachments(inst);
        return inst;
    }

    /** {@code , !dbg !N, !tbaa !M ...}: keeps !dbg. */
    void attachments(Instruction inst) {
        Cursor c = state.cursor;
        while (c.peek().isPunct(",") && c.peek(1).kind() == Token.Kind.METADATA_ID && !Character.isDigit(c.peek(1).text().charAt(0))) {
            c.next();
            Token kind = c.next();
            Metadata m = state.metadata.operand(this);
            if (kind.text().equals("dbg")) {
                inst.setDebugLocation(m);
            }
        }
    }

    private void resolveForwardReferences() {
        for (ForwardRef r : forward.values()) {
            Value def = values.get(r.getName());
            if (def == null) {
                throw state.cursor.errorAt(r.firstUse, "use of undefined value '%" + r.getName() + "'");
            }
            for (Instruction i : all) {
                i.replaceOperand(r, def);
                if (i instanceof Instruction.Call call) {
                    for (Value a : call.arguments) {
                        if (a instanceof MetadataValue mv && mv.metadata instanceof Metadata.ValueRef vr && vr.value == r) {
                            vr.value = def;
                        }
                    }
                }
            }
        }
    }
}
