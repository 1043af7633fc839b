package dev.dsu.language.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.dsu.language.ir.BasicBlock;
import dev.dsu.language.ir.Function;
import dev.dsu.language.ir.Linkage;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.ParamAttributes;
import dev.dsu.language.ir.Type;

/**
 * {@code declare} and {@code define}. Pass 1 reads the signature, creates the {@link Function},
 * and records the body's position and block labels; pass 2 parses the bodies.
 */
final class FunctionParser {

    /** Where a body is and what its blocks are called, known after pass 1. */
    static final class BodyInfo {
        final int bodyPos;
        final List<String> labels;
        final boolean entryUnlabeled;
        final List<String> argNames;

        BodyInfo(int bodyPos, List<String> labels, boolean entryUnlabeled, List<String> argNames) {
            this.bodyPos = bodyPos;
            this.labels = labels;
            this.entryUnlabeled = entryUnlabeled;
            this.argNames = argNames;
        }

        int blockCount() {
            return labels.size() + (entryUnlabeled ? 1 : 0);
        }

        /** Index of the block labelled {@code name}, or -1. */
        int blockIndex(String name) {
            int i = labels.indexOf(name);
            return i < 0 ? -1 : i + (entryUnlabeled ? 1 : 0);
        }
    }

    private record Pending(Function function, ParamAttributes ret, List<ParamAttributes> params, AttributeGroups.FnAttrs fnAttrs,
                    List<Integer> dbgPositions) {
    }

    private final ReaderState state;
    private final List<Pending> pending = new ArrayList<>();

    FunctionParser(ReaderState state) {
        this.state = state;
    }

    /** Pass 1, after {@code declare} or {@code define}. */
    void header(boolean define) {
        Cursor c = state.cursor;
        List<Integer> dbg = new ArrayList<>();
        collectAttachments(dbg); // clang 19 writes "declare !dbg !5 i32 @f(...)"
        Linkage linkage = Linkage.EXTERNAL;
        while (c.peek().kind() == Token.Kind.KEYWORD) {
            String k = c.peek().text();
            Linkage l = Linkages.linkage(k);
            if (l != null) {
                linkage = l;
                c.next();
            } else if (Linkages.ignoredPrefix(k)) {
                c.next();
            } else if (k.equals("cc") || Linkages.callingConvention(k)) {
                Linkages.skipCallingConvention(c);
            } else {
                break;
            }
        }
        ParamAttributes retAttrs = state.attributes.paramAttributes();
        Type ret = state.types.parse();
        Token nameToken = c.expect(Token.Kind.GLOBAL_ID, "a function name");
        String name = nameToken.text();
        if (state.globals.containsKey(name)) {
            throw c.errorAt(nameToken, "redefinition of '@" + name + "'");
        }
        c.expectPunct("(");
        List<Type> paramTypes = new ArrayList<>();
        List<ParamAttributes> paramAttrs = new ArrayList<>();
        List<String> argNames = new ArrayList<>();
        boolean varArgs = false;
        if (!c.acceptPunct(")")) {
            do {
                if (c.acceptPunct("...")) {
                    varArgs = true;
                    break;
                }
                paramTypes.add(state.types.parse());
                paramAttrs.add(state.attributes.paramAttributes());
                argNames.add(c.peek().kind() == Token.Kind.LOCAL_ID ? c.next().text() : null);
            } while (c.acceptPunct(","));
            c.expectPunct(")");
        }
        Type.FunctionType fnType = new Type.FunctionType(ret, paramTypes.toArray(new Type[0]), varArgs);
        Function f = new Function(state.pointerTo(fnType, 0), name, fnType, !define);
        f.setLinkage(linkage);
        for (int i = 0; i < argNames.size(); i++) {
            f.arguments.get(i).setName(argNames.get(i));
        }
        state.globals.put(name, f);
        state.module.functions.add(f);
        AttributeGroups.FnAttrs fnAttrs = null;
        while (true) {
            AttributeGroups.FnAttrs a = state.attributes.functionAttributes();
            if (fnAttrs == null) {
                fnAttrs = a;
            } else {
                fnAttrs.groups.addAll(a.groups);
                fnAttrs.noReturn |= a.noReturn;
                fnAttrs.returnsTwice |= a.returnsTwice;
            }
            Token t = c.peek();
            if (t.kind() != Token.Kind.KEYWORD) {
                break;
            }
            String k = t.text();
            if (k.equals("unnamed_addr") || k.equals("local_unnamed_addr")) {
                c.next();
            } else if (k.equals("addrspace")) {
                state.types.addrSpace();
            } else if (k.equals("section") || k.equals("partition") || k.equals("gc")) {
                c.next();
                c.string("a name");
            } else if (k.equals("comdat")) {
                c.next();
                if (c.peek().isPunct("(")) {
                    c.skipGroup();
                }
            } else if (k.equals("align")) {
                c.next();
                c.integer("an alignment");
            } else if (k.equals("prefix") || k.equals("prologue") || k.equals("personality")) {
                throw c.error("'" + k + "' on functions is not supported");
            } else {
                break;
            }
        }
        collectAttachments(dbg);
        pending.add(new Pending(f, retAttrs, paramAttrs, fnAttrs, dbg));
        if (define) {
            Token open = c.peek();
            c.expectPunct("{");
            int bodyPos = c.pos;
            List<String> labels = new ArrayList<>();
            boolean entryUnlabeled = c.peek().kind() != Token.Kind.LABEL;
            int depth = 1;
            while (depth > 0) {
                Token t = c.next();
                if (t.kind() == Token.Kind.EOF) {
                    throw c.errorAt(open, "function body of @" + name + " is not closed");
                }
                if (t.kind() == Token.Kind.PUNCT) {
                    switch (t.text()) {
                        case "(", "[", "{", "<" -> depth++;
                        case ")", "]", "}", ">" -> depth--;
                        default -> {
                        }
                    }
                } else if (t.kind() == Token.Kind.LABEL && depth == 1) {
                    labels.add(t.text());
                }
            }
            state.bodies.put(f, new BodyInfo(bodyPos, labels, entryUnlabeled, argNames));
        }
    }

    /** {@code !kind !N} pairs; positions of !dbg operands are remembered for pass 2. */
    private void collectAttachments(List<Integer> dbg) {
        Cursor c = state.cursor;
        while (c.peek().kind() == Token.Kind.METADATA_ID && !Character.isDigit(c.peek().text().charAt(0))) {
            Token kind = c.next();
            if (kind.text().equals("dbg")) {
                dbg.add(c.pos);
            }
            Token t = c.next();
            if (t.kind() == Token.Kind.EXCLAIM || t.kind() == Token.Kind.METADATA_ID && c.peek().isPunct("(")) {
                c.skipGroup();
            } else if (t.kind() != Token.Kind.METADATA_ID) {
                throw c.errorAt(t, "expected a metadata reference");
            }
        }
    }

    /** Pass 2: attributes, !dbg subprograms and bodies. */
    void finish() {
        Cursor c = state.cursor;
        for (Pending p : pending) {
            p.function().setAttributes(state.attributes.toList(p.ret(), p.params(), p.fnAttrs()));
            for (int pos : p.dbgPositions()) {
                c.pos = pos;
                Metadata m = state.metadata.operand(null);
                p.function().setSubprogram(m);
            }
        }
        for (Pending p : pending) {
            BodyInfo info = state.bodies.get(p.function());
            if (info != null) {
                c.pos = info.bodyPos;
                new FunctionBody(state, p.function(), info).parse();
            }
        }
    }

    /** Maps for numbering: the first unnamed number after the arguments. */
    static int firstFreeNumber(List<String> argNames) {
        int next = 0;
        for (String n : argNames) {
            if (n == null) {
                next++;
            } else if (!n.isEmpty() && n.chars().allMatch(Character::isDigit)) {
                next = Integer.parseInt(n) + 1;
            }
        }
        return next;
    }

    static Map<String, BasicBlock> createBlocks(Function f, BodyInfo info) {
        Map<String, BasicBlock> byName = new HashMap<>();
        int n = info.blockCount();
        int first = firstFreeNumber(info.argNames);
        for (int i = 0; i < n; i++) {
            BasicBlock b = new BasicBlock(i);
            String name = info.entryUnlabeled ? (i == 0 ? String.valueOf(first) : info.labels.get(i - 1)) : info.labels.get(i);
            b.setName(name);
            byName.put(name, b);
            f.blocks().add(b);
        }
        return byName;
    }
}
