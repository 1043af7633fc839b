package dev.dsu.language.text;

import dev.dsu.language.ir.CmpPredicate;
import dev.dsu.language.ir.Type;

/** icmp/fcmp condition codes. */
final class Predicates {
    private Predicates() {
    }

    static CmpPredicate parse(Cursor c, boolean isFloat) {
        Token t = c.expect(Token.Kind.KEYWORD, "a comparison predicate");
        String k = t.text();
        String name = (isFloat ? "FCMP_" : "ICMP_") + k.toUpperCase();
        try {
            return CmpPredicate.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw c.errorAt(t, "expected a" + (isFloat ? "n fcmp" : "n icmp") + " predicate");
        }
    }

    /** i1, or a vector of i1 for vector operands. */
    static Type resultType(Type operand) {
        if (operand instanceof Type.VectorType v) {
            return new Type.VectorType(Type.I1, v.length);
        }
        return Type.I1;
    }
}
