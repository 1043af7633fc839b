package dev.dsu.language.text;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dsu.language.ir.Constant;
import dev.dsu.language.ir.Metadata;
import dev.dsu.language.ir.Type;
import dev.dsu.language.ir.Value;

/**
 * Metadata: numbered node definitions ({@code !N = [distinct] !DIxxx(...)} or {@code !{...}}),
 * named metadata, and inline metadata operands. Numbered nodes are created on first reference as
 * empty objects of the right class and filled afterwards, so cycles and forward references cost
 * nothing and the parse never recurses deeply.
 */
final class MetadataParser {
    /** A quoted string field value. */
    private record Quoted(String text) {
    }

    private record Pending(Metadata node, int tokenPos) {
    }

    private final ReaderState state;
    /** Token index of the node body (after '=' and 'distinct') of each numbered node. */
    private final Map<String, Integer> definitions = new HashMap<>();
    private final Map<String, Integer> namedDefinitions = new LinkedHashMap<>();
    private final Map<String, Metadata> nodes = new HashMap<>();
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();

    MetadataParser(ReaderState state) {
        this.state = state;
    }

    /** Pass 1: after {@code !name =}; records where the definition is and skips it. */
    void recordDefinition(Token name) {
        Cursor c = state.cursor;
        boolean numbered = Character.isDigit(name.text().charAt(0));
        if (numbered) {
            c.acceptKeyword("distinct");
            if (definitions.put(name.text(), c.pos) != null) {
                throw c.errorAt(name, "metadata !" + name.text() + " defined twice");
            }
        } else {
            namedDefinitions.put(name.text(), c.pos);
        }
        if (c.peek().kind() == Token.Kind.METADATA_ID && c.peek(1).isPunct("(")) {
            c.next();
            c.skipGroup();
        } else if (c.peek().kind() == Token.Kind.EXCLAIM && c.peek(1).isPunct("{")) {
            c.next();
            c.skipGroup();
        } else {
            throw c.error("expected a metadata node ('!{...}' or '!DIKind(...)')");
        }
    }

    /** Pass 2: builds named metadata and every numbered node. */
    void finish() {
        Cursor c = state.cursor;
        for (Map.Entry<String, Integer> e : namedDefinitions.entrySet()) {
            c.pos = e.getValue();
            c.expect(Token.Kind.EXCLAIM, "'!'");
            c.expectPunct("{");
            List<Metadata> list = new ArrayList<>();
            if (!c.acceptPunct("}")) {
                do {
                    list.add(operand(null));
                } while (c.acceptPunct(","));
                c.expectPunct("}");
            }
            state.module.namedMetadata.put(e.getKey(), list);
        }
        for (String id : definitions.keySet()) {
            ref(id, null);
        }
        drain();
    }

    /** Fills queued nodes; the cursor position is preserved. */
    void drain() {
        Cursor c = state.cursor;
        int saved = c.pos;
        while (!pending.isEmpty()) {
            Pending p = pending.poll();
            c.pos = p.tokenPos();
            fill(p.node(), null);
        }
        c.pos = saved;
    }

    /** The numbered node {@code !id}, created empty (and queued for filling) on first use. */
    Metadata ref(String id, Token where) {
        Metadata m = nodes.get(id);
        if (m != null) {
            return m;
        }
        Integer pos = definitions.get(id);
        if (pos == null) {
            throw state.cursor.errorAt(where != null ? where : state.cursor.peek(), "undefined metadata !" + id);
        }
        Token kindToken = state.cursor.at(pos);
        m = kindToken.kind() == Token.Kind.EXCLAIM ? new Metadata.Tuple() : shell(kindToken.text());
        nodes.put(id, m);
        pending.add(new Pending(m, pos));
        return m;
    }

    private static Metadata shell(String kind) {
        return switch (kind) {
            case "DIFile" -> new Metadata.DIFile();
            case "DICompileUnit" -> new Metadata.DICompileUnit();
            case "DISubprogram" -> new Metadata.DISubprogram();
            case "DILexicalBlock" -> new Metadata.DILexicalBlock();
            case "DILexicalBlockFile" -> new Metadata.DILexicalBlockFile();
            case "DILocation" -> new Metadata.DILocation();
            case "DILocalVariable" -> new Metadata.DILocalVariable();
            case "DIGlobalVariable" -> new Metadata.DIGlobalVariable();
            case "DIGlobalVariableExpression" -> new Metadata.DIGlobalVariableExpression();
            case "DIExpression" -> new Metadata.DIExpression();
            case "DIBasicType" -> new Metadata.DIBasicType();
            case "DIDerivedType" -> new Metadata.DIDerivedType();
            case "DICompositeType" -> new Metadata.DICompositeType();
            case "DISubroutineType" -> new Metadata.DISubroutineType();
            case "DISubrange" -> new Metadata.DISubrange();
            case "DIEnumerator" -> new Metadata.DIEnumerator();
            default -> new Metadata.Other(kind);
        };
    }

    /**
     * A metadata operand at the cursor: {@code !N}, {@code !"s"}, {@code !{...}},
     * {@code !DIKind(...)}, {@code null}, or a typed value (wrapped in a ValueRef).
     */
    Metadata operand(Locals locals) {
        Cursor c = state.cursor;
        Token t = c.peek();
        if (t.kind() == Token.Kind.METADATA_ID) {
            if (Character.isDigit(t.text().charAt(0))) {
                c.next();
                return ref(t.text(), t);
            }
            if (c.peek(1).isPunct("(")) {
                c.next();
                Metadata m = shell(t.text());
                fill(m, locals);
                return m;
            }
            throw c.error("expected a metadata operand");
        }
        if (t.kind() == Token.Kind.EXCLAIM) {
            c.next();
            if (c.peek().kind() == Token.Kind.STRING) {
                return new Metadata.Str(Strings.utf8(c.next().text()));
            }
            if (c.peek().isPunct("{")) {
                Metadata.Tuple tuple = new Metadata.Tuple();
                tupleBody(tuple, locals);
                return tuple;
            }
            throw c.error("expected '{' or a string after '!'");
        }
        if (t.isKeyword("null")) {
            c.next();
            return null;
        }
        if (state.types.atType()) {
            Value v = state.constants.typedValue(locals);
            return new Metadata.ValueRef(v);
        }
        throw c.error("expected a metadata operand");
    }

    private void tupleBody(Metadata.Tuple tuple, Locals locals) {
        Cursor c = state.cursor;
        c.expectPunct("{");
        if (!c.acceptPunct("}")) {
            do {
                tuple.elements.add(operand(locals));
            } while (c.acceptPunct(","));
            c.expectPunct("}");
        }
    }

    /** Parses the body at the cursor (after the kind name, or at the '!' of a tuple) into {@code m}. */
    private void fill(Metadata m, Locals locals) {
        Cursor c = state.cursor;
        if (m instanceof Metadata.Tuple tuple) {
            c.expect(Token.Kind.EXCLAIM, "'!'");
            tupleBody(tuple, locals);
            return;
        }
        if (c.peek().kind() == Token.Kind.METADATA_ID) {
            c.next(); // the kind name, when filling a numbered node
        }
        if (m instanceof Metadata.DIExpression e) {
            e.ops = expressionOps();
            return;
        }
        if (m instanceof Metadata.Other o && (o.kind.equals("DIArgList"))) {
            c.expectPunct("(");
            if (!c.acceptPunct(")")) {
                do {
                    state.constants.typedValue(locals);
                } while (c.acceptPunct(","));
                c.expectPunct(")");
            }
            return;
        }
        Map<String, Object> f = fields();
        Fields fs = new Fields(f, c);
        switch (m) {
            case Metadata.DIFile x -> {
                x.filename = fs.str("filename");
                x.directory = fs.str("directory");
            }
            case Metadata.DICompileUnit x -> {
                x.file = fs.file();
                x.producer = fs.str("producer");
                x.globals = fs.md("globals");
            }
            case Metadata.DISubprogram x -> {
                x.name = fs.str("name");
                x.linkageName = fs.str("linkageName");
                x.scope = fs.md("scope");
                x.file = fs.file();
                x.line = (int) fs.num("line");
                x.type = fs.md("type");
                x.isDefinition = fs.bool("isDefinition") || (fs.num("spFlags") & 8) != 0;
                x.unit = fs.md("unit");
                x.retainedNodes = fs.md("retainedNodes");
            }
            case Metadata.DILexicalBlock x -> {
                x.scope = fs.md("scope");
                x.file = fs.file();
                x.line = (int) fs.num("line");
                x.column = (int) fs.num("column");
            }
            case Metadata.DILexicalBlockFile x -> {
                x.scope = fs.md("scope");
                x.file = fs.file();
            }
            case Metadata.DILocation x -> {
                x.line = (int) fs.num("line");
                x.column = (int) fs.num("column");
                x.scope = fs.md("scope");
                x.inlinedAt = fs.md("inlinedAt") instanceof Metadata.DILocation l ? l : null;
            }
            case Metadata.DILocalVariable x -> {
                x.name = fs.str("name");
                x.scope = fs.md("scope");
                x.file = fs.file();
                x.line = (int) fs.num("line");
                x.arg = (int) fs.num("arg");
                x.type = fs.md("type");
            }
            case Metadata.DIGlobalVariable x -> {
                x.name = fs.str("name");
                x.linkageName = fs.str("linkageName");
                x.scope = fs.md("scope");
                x.file = fs.file();
                x.line = (int) fs.num("line");
                x.type = fs.md("type");
                x.isLocal = fs.bool("isLocal");
                x.isDefinition = fs.bool("isDefinition");
            }
            case Metadata.DIGlobalVariableExpression x -> {
                x.variable = fs.md("var");
                x.expression = fs.md("expr");
            }
            case Metadata.DIBasicType x -> {
                x.tag = f.containsKey("tag") ? (int) fs.num("tag") : 0x24;
                x.name = fs.str("name");
                x.sizeInBits = fs.num("size");
                x.encoding = (int) fs.num("encoding");
            }
            case Metadata.DIDerivedType x -> {
                x.tag = (int) fs.num("tag");
                x.name = fs.str("name");
                x.file = fs.file();
                x.line = (int) fs.num("line");
                x.scope = fs.md("scope");
                x.baseType = fs.md("baseType");
                x.sizeInBits = fs.num("size");
                x.alignInBits = fs.num("align");
                x.offsetInBits = fs.num("offset");
                x.flags = (int) fs.num("flags");
                if ((x.flags & (1 << 19)) != 0 && f.get("extraData") instanceof Constant.Int ci) {
                    x.bitFieldStorageOffset = ci.value;
                }
            }
            case Metadata.DICompositeType x -> {
                x.tag = (int) fs.num("tag");
                x.name = fs.str("name");
                x.file = fs.file();
                x.line = (int) fs.num("line");
                x.scope = fs.md("scope");
                x.baseType = fs.md("baseType");
                x.sizeInBits = fs.num("size");
                x.alignInBits = fs.num("align");
                x.elements = fs.md("elements");
                x.identifier = fs.str("identifier");
            }
            case Metadata.DISubroutineType x -> x.types = fs.md("types");
            case Metadata.DISubrange x -> {
                Object count = f.get("count");
                x.count = count instanceof Number n ? n.longValue() : -1;
                x.lowerBound = f.get("lowerBound") instanceof Number n ? n.longValue() : 0;
            }
            case Metadata.DIEnumerator x -> {
                x.name = fs.str("name");
                x.value = fs.num("value");
                x.isUnsigned = fs.bool("isUnsigned");
            }
            default -> {
            }
        }
    }

    /** {@code (name: value, ...)} into a map of Long, Boolean, Quoted, Metadata, Constant or keyword String. */
    private Map<String, Object> fields() {
        Cursor c = state.cursor;
        c.expectPunct("(");
        Map<String, Object> out = new HashMap<>();
        if (c.acceptPunct(")")) {
            return out;
        }
        do {
            Token name = c.expect(Token.Kind.LABEL, "a field name such as 'line:'");
            out.put(name.text(), fieldValue());
        } while (c.acceptPunct(","));
        c.expectPunct(")");
        return out;
    }

    private Object fieldValue() {
        Cursor c = state.cursor;
        Token t = c.peek();
        switch (t.kind()) {
            case INTEGER: {
                c.next();
                BigInteger b = new BigInteger(t.text());
                return (Object) b.longValue();
            }
            case STRING:
                c.next();
                return new Quoted(Strings.utf8(t.text()));
            case METADATA_ID:
            case EXCLAIM:
                return new Holder(operand(null));
            case KEYWORD: {
                if (t.isKeyword("null")) {
                    c.next();
                    return new Holder(null);
                }
                if (t.isKeyword("true") || t.isKeyword("false")) {
                    c.next();
                    return t.isKeyword("true");
                }
                if (TypeParser.isTypeKeyword(t.text())) {
                    return state.constants.typedConstant();
                }
                // keyword or flag set A | B
                StringBuilder sb = new StringBuilder(c.next().text());
                while (c.acceptPunct("|")) {
                    sb.append('|').append(c.keyword("a flag name"));
                }
                return sb.toString();
            }
            default:
                throw c.error("expected a metadata field value");
        }
    }

    /** Wraps a metadata value (possibly null) so it is distinguishable from a missing field. */
    private record Holder(Metadata md) {
    }

    private long[] expressionOps() {
        Cursor c = state.cursor;
        c.expectPunct("(");
        List<Long> ops = new ArrayList<>();
        if (!c.acceptPunct(")")) {
            do {
                Token t = c.next();
                if (t.kind() == Token.Kind.INTEGER) {
                    ops.add(new BigInteger(t.text()).longValue());
                } else if (t.kind() == Token.Kind.KEYWORD && Dwarf.value(t.text()) != null) {
                    ops.add(Dwarf.value(t.text()));
                } else {
                    throw c.errorAt(t, "expected a DWARF expression operator or integer");
                }
            } while (c.acceptPunct(","));
            c.expectPunct(")");
        }
        long[] r = new long[ops.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = ops.get(i);
        }
        return r;
    }

    /** Typed access to a parsed field map. */
    private static final class Fields {
        private final Map<String, Object> f;
        private final Cursor c;

        Fields(Map<String, Object> f, Cursor c) {
            this.f = f;
            this.c = c;
        }

        String str(String name) {
            Object v = f.get(name);
            if (v instanceof Quoted q) {
                return q.text();
            }
            if (v instanceof Holder h && h.md() instanceof Metadata.Str s) {
                return s.value;
            }
            return null;
        }

        long num(String name) {
            Object v = f.get(name);
            if (v == null) {
                return 0;
            }
            if (v instanceof Long l) {
                return l;
            }
            if (v instanceof Boolean b) {
                return b ? 1 : 0;
            }
            if (v instanceof String k) {
                long r = 0;
                for (String part : k.split("\\|")) {
                    Long x = Dwarf.value(part);
                    if (x == null) {
                        throw c.error("unknown debug-info constant '" + part + "' in field '" + name + "'");
                    }
                    r |= x;
                }
                return r;
            }
            if (v instanceof Constant.Int ci) {
                return ci.value;
            }
            return 0;
        }

        boolean bool(String name) {
            return f.get(name) instanceof Boolean b && b;
        }

        Metadata md(String name) {
            return f.get(name) instanceof Holder h ? h.md() : null;
        }

        Metadata.DIFile file() {
            return md("file") instanceof Metadata.DIFile file ? file : null;
        }
    }

    /** Type used for metadata call arguments. */
    static Type type() {
        return Type.METADATA;
    }
}
