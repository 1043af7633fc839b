package dev.dsu.language.text;

import java.util.ArrayList;
import java.util.List;

import dev.dsu.language.ir.GlobalAlias;
import dev.dsu.language.ir.GlobalVariable;
import dev.dsu.language.ir.Linkage;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.Type;

/**
 * Global variables and aliases. Pass 1 reads the declaration and remembers where the initializer
 * (or aliasee) is; pass 2 parses it, when every global symbol is known.
 */
final class GlobalParser {
    private record Deferred(GlobalVariable global, GlobalAlias alias, int initPos, List<Integer> dbgPositions) {
    }

    private final ReaderState state;
    private final List<Deferred> deferred = new ArrayList<>();

    GlobalParser(ReaderState state) {
        this.state = state;
    }

    /** Pass 1, after {@code @name =}. */
    void declare(Token nameToken) {
        Cursor c = state.cursor;
        String name = nameToken.text();
        if (state.globals.containsKey(name)) {
            throw c.errorAt(nameToken, "redefinition of '@" + name + "'");
        }
        Linkage linkage = Linkage.EXTERNAL;
        boolean explicitExternal = false;
        boolean threadLocal = false;
        int addrSpace = 0;
        while (true) {
            Token t = c.peek();
            if (t.kind() != Token.Kind.KEYWORD) {
                throw c.error("expected 'global', 'constant' or 'alias'");
            }
            String k = t.text();
            Linkage l = Linkages.linkage(k);
            if (l != null) {
                linkage = l;
                explicitExternal = l == Linkage.EXTERNAL || l == Linkage.EXTERN_WEAK;
                c.next();
            } else if (Linkages.ignoredPrefix(k)) {
                c.next();
            } else if (k.equals("thread_local")) {
                threadLocal = true;
                c.next();
                if (c.peek().isPunct("(")) {
                    c.skipGroup();
                }
            } else if (k.equals("addrspace")) {
                addrSpace = state.types.addrSpace();
            } else {
                break;
            }
        }
        Token kind = c.next();
        if (kind.isKeyword("alias")) {
            Type valueType = state.types.parse();
            c.expectPunct(",");
            GlobalAlias a = new GlobalAlias(state.pointerTo(valueType, addrSpace), name, valueType);
            a.setLinkage(linkage);
            state.globals.put(name, a);
            state.module.aliases.add(a);
            deferred.add(new Deferred(null, a, c.pos, List.of()));
            skipConstantWithType();
            return;
        }
        if (!kind.isKeyword("global") && !kind.isKeyword("constant")) {
            throw c.errorAt(kind, "expected 'global', 'constant' or 'alias'");
        }
        Type valueType = state.types.parse();
        GlobalVariable g = new GlobalVariable(state.pointerTo(valueType, addrSpace), name, valueType, kind.isKeyword("constant"));
        g.setLinkage(linkage);
        g.setThreadLocal(threadLocal);
        state.globals.put(name, g);
        state.module.globals.add(g);
        int initPos = -1;
        if (!explicitExternal) {
            initPos = c.pos;
            skipConstant();
        }
        List<Integer> dbg = new ArrayList<>();
        while (c.acceptPunct(",")) {
            Token t = c.peek();
            if (t.isKeyword("align")) {
                c.next();
                g.setAlignment((int) c.integer("an alignment"));
            } else if (t.isKeyword("section") || t.isKeyword("partition")) {
                c.next();
                c.string("a section name");
            } else if (t.isKeyword("comdat")) {
                c.next();
                if (c.peek().isPunct("(")) {
                    c.skipGroup();
                }
            } else if (t.kind() == Token.Kind.KEYWORD && (t.text().startsWith("no_sanitize") || t.text().startsWith("sanitize_"))) {
                c.next();
            } else if (t.kind() == Token.Kind.METADATA_ID) {
                c.next();
                if (t.text().equals("dbg")) {
                    dbg.add(c.pos);
                }
                skipMetadataOperand();
            } else {
                throw c.error("expected 'align', 'section', 'comdat' or a metadata attachment");
            }
        }
        deferred.add(new Deferred(g, null, initPos, dbg));
    }

    private void skipMetadataOperand() {
        Cursor c = state.cursor;
        if (c.peek().kind() == Token.Kind.METADATA_ID) {
            c.next();
            if (c.peek().isPunct("(")) {
                c.skipGroup();
            }
        } else if (c.peek().kind() == Token.Kind.EXCLAIM) {
            c.next();
            if (c.peek().isPunct("{")) {
                c.skipGroup();
            } else {
                c.next();
            }
        } else {
            throw c.error("expected a metadata reference");
        }
    }

    private void skipConstantWithType() {
        state.types.parse();
        skipConstant();
    }

    /** Skips one constant: a literal, a bracketed aggregate, or keywords followed by a parenthesised operand list. */
    private void skipConstant() {
        Cursor c = state.cursor;
        while (true) {
            Token t = c.peek();
            if (Cursor.isOpen(t)) {
                c.skipGroup();
                return;
            }
            if (t.kind() == Token.Kind.KEYWORD && !isValueKeyword(t.text())) {
                c.next(); // getelementptr, inbounds, bitcast, dso_local_equivalent, icmp eq, ...
                continue;
            }
            if (t.kind() == Token.Kind.EOF || t.kind() == Token.Kind.PUNCT) {
                throw c.error("expected an initializer");
            }
            c.next();
            return;
        }
    }

    private static boolean isValueKeyword(String k) {
        return switch (k) {
            case "zeroinitializer", "null", "undef", "poison", "true", "false", "none" -> true;
            default -> false;
        };
    }

    /** Pass 2: initializers, aliasees and !dbg attachments. */
    void finish() {
        Cursor c = state.cursor;
        for (Deferred d : deferred) {
            if (d.alias() != null) {
                c.pos = d.initPos();
                d.alias().setAliasee(state.constants.typedConstant());
                continue;
            }
            if (d.initPos() >= 0) {
                c.pos = d.initPos();
                d.global().setInitializer(state.constants.constant(d.global().valueType));
            }
            for (int p : d.dbgPositions()) {
                c.pos = p;
                Metadata m = state.metadata.operand(null);
                if (m != null) {
                    d.global().debugInfo.add(m);
                }
            }
        }
    }
}
