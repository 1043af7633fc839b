package dev.dsu.language.text;

import java.util.ArrayList;
import java.util.List;

import dev.dsu.language.ir.AttributeList;
import dev.dsu.language.ir.ParamAttributes;
import dev.dsu.language.ir.Type;

/**
 * Attributes: {@code attributes #N = { ... }} groups, parameter/return attributes (byval, sret,
 * zeroext, signext are kept; the rest are skipped) and function attributes after a signature.
 */
final class AttributeGroups {
    /** The function-level facts the model keeps from an attribute group. */
    record Group(boolean noReturn, boolean returnsTwice, boolean optimizeNone) {
    }

    /** Function-level attributes seen at one site: inline keywords and group references. */
    static final class FnAttrs {
        boolean noReturn;
        boolean returnsTwice;
        boolean optimizeNone;
        final List<Token> groups = new ArrayList<>();
    }

    private static final java.util.Set<String> SKIPPED = java.util.Set.of("noundef", "nonnull", "nocapture", "readonly", "readnone", "writeonly",
                    "returned", "noalias", "immarg", "inreg", "nest", "swiftself", "swifterror", "swiftasync", "allocalign", "allocptr", "dead_on_unwind",
                    "writable", "noext", "dereferenceable", "dereferenceable_or_null", "range", "nofpclass", "initializes", "captures", "noinline",
                    "nofree", "nosync", "nounwind");

    private final ReaderState state;

    AttributeGroups(ReaderState state) {
        this.state = state;
    }

    /** After {@code attributes}: {@code #N = { ... }}. */
    void parseGroupDefinition() {
        Cursor c = state.cursor;
        Token id = c.expect(Token.Kind.ATTR_GROUP, "an attribute group id such as #0");
        c.expectPunct("=");
        c.expectPunct("{");
        boolean noReturn = false;
        boolean returnsTwice = false;
        boolean optimizeNone = false;
        while (!c.acceptPunct("}")) {
            Token t = c.peek();
            if (t.kind() == Token.Kind.EOF) {
                throw c.error("expected '}' closing the attribute group");
            }
            if (t.isKeyword("noreturn")) {
                noReturn = true;
            } else if (t.isKeyword("returns_twice")) {
                returnsTwice = true;
            } else if (t.isKeyword("optnone")) {
                optimizeNone = true;
            }
            if (t.isPunct("(")) {
                c.skipGroup();
            } else {
                c.next();
            }
        }
        state.attributeGroups.put(id.text(), new Group(noReturn, returnsTwice, optimizeNone));
    }

    /** Parameter or return attributes; returns null when none of the kept ones appeared. */
    ParamAttributes paramAttributes() {
        Cursor c = state.cursor;
        Type byVal = null;
        Type sret = null;
        boolean zext = false;
        boolean sext = false;
        while (true) {
            Token t = c.peek();
            if (t.kind() == Token.Kind.STRING && c.peek(1).isPunct("=")) {
                c.next();
                c.next();
                c.next();
                continue;
            }
            if (t.kind() == Token.Kind.STRING) {
                c.next();
                continue;
            }
            if (t.kind() != Token.Kind.KEYWORD || TypeParser.isTypeKeyword(t.text())) {
                break;
            }
            String k = t.text();
            if (k.equals("byval") || k.equals("sret") || k.equals("byref") || k.equals("preallocated") || k.equals("inalloca") || k.equals("elementtype")) {
                c.next();
                Type ty = null;
                if (c.acceptPunct("(")) {
                    ty = state.types.parse();
                    c.expectPunct(")");
                }
                if (k.equals("byval")) {
                    byVal = ty;
                } else if (k.equals("sret")) {
                    sret = ty;
                }
                continue;
            }
            if (k.equals("align") || k.equals("alignstack")) {
                c.next();
                if (c.peek().isPunct("(")) {
                    c.skipGroup();
                } else {
                    c.integer("an alignment");
                }
                continue;
            }
            if (k.equals("zeroext")) {
                zext = true;
            } else if (k.equals("signext")) {
                sext = true;
            } else if (!SKIPPED.contains(k)) {
                break;
            }
            c.next();
            if (c.peek().isPunct("(")) {
                c.skipGroup();
            }
        }
        return build(byVal, sret, zext, sext);
    }

    private static ParamAttributes build(Type byVal, Type sret, boolean zext, boolean sext) {
        if (byVal == null && sret == null && !zext && !sext) {
            return null;
        }
        return new ParamAttributes(byVal, sret, zext, sext, false);
    }

    /** Function attributes after a signature or call: keywords, strings, #N, until something else. */
    FnAttrs functionAttributes() {
        Cursor c = state.cursor;
        FnAttrs a = new FnAttrs();
        while (true) {
            Token t = c.peek();
            if (t.kind() == Token.Kind.ATTR_GROUP) {
                a.groups.add(c.next());
            } else if (t.kind() == Token.Kind.STRING && c.peek(1).isPunct("=")) {
                c.next();
                c.next();
                c.next();
            } else if (t.kind() == Token.Kind.KEYWORD && isFunctionAttribute(t.text())) {
                if (t.text().equals("noreturn")) {
                    a.noReturn = true;
                } else if (t.text().equals("returns_twice")) {
                    a.returnsTwice = true;
                } else if (t.text().equals("optnone")) {
                    a.optimizeNone = true;
                }
                c.next();
                if (c.peek().isPunct("(")) {
                    c.skipGroup();
                }
            } else {
                return a;
            }
        }
    }

    private static boolean isFunctionAttribute(String k) {
        switch (k) {
            case "noreturn", "returns_twice", "nounwind", "readnone", "readonly", "writeonly", "argmemonly", "noinline", "alwaysinline",
                            "optnone", "optsize", "minsize", "cold", "hot", "builtin", "nobuiltin", "nomerge", "willreturn", "nofree", "nosync",
                            "mustprogress", "uwtable", "norecurse", "speculatable", "memory", "allocsize", "inlinehint", "naked", "noduplicate",
                            "convergent", "ssp", "sspstrong", "sspreq", "safestack", "nocallback", "strictfp", "nocf_check", "shadowcallstack",
                            "noredzone", "noimplicitfloat", "null_pointer_is_valid", "nosanitize_coverage", "disable_sanitizer_instrumentation",
                            "speculative_load_hardening", "sanitize_address", "sanitize_memory", "sanitize_thread", "allockind", "vscale_range":
                return true;
            default:
                return false;
        }
    }

    /** Resolves group references collected at a site into the flags. */
    AttributeList toList(ParamAttributes ret, List<ParamAttributes> params, FnAttrs fn) {
        boolean noReturn = fn != null && fn.noReturn;
        boolean returnsTwice = fn != null && fn.returnsTwice;
        boolean optimizeNone = fn != null && fn.optimizeNone;
        if (fn != null) {
            for (Token g : fn.groups) {
                Group group = state.attributeGroups.get(g.text());
                if (group == null) {
                    throw state.cursor.errorAt(g, "undefined attribute group #" + g.text());
                }
                noReturn |= group.noReturn();
                returnsTwice |= group.returnsTwice();
                optimizeNone |= group.optimizeNone();
            }
        }
        boolean any = ret != null || noReturn || returnsTwice || optimizeNone;
        for (ParamAttributes p : params) {
            any |= p != null;
        }
        if (!any) {
            return AttributeList.EMPTY;
        }
        ParamAttributes[] slots = new ParamAttributes[params.size() + 1];
        slots[0] = ret;
        for (int i = 0; i < params.size(); i++) {
            slots[i + 1] = params.get(i);
        }
        return new AttributeList(slots, noReturn, returnsTwice, optimizeNone);
    }
}
