package dev.dsu.runtime.version;

import java.util.ArrayList;
import java.util.List;

/**
 * How a value of an old type becomes a value of a new type by default: kept, converted,
 * transformed member by member, or not at all (the user must name a transformer).
 */
public record TypeChange(Kind kind, String explanation, List<String> details) {
    public enum Kind {
        SAME, CONVERTIBLE, NEEDS_TRANSFORMER
    }

    public static TypeChange between(CType from, CType to) {
        List<String> details = new ArrayList<>();
        Kind k = compare(from, to, "", details);
        String text = switch (k) {
            case SAME -> "kept";
            case CONVERTIBLE -> "transformed by default";
            case NEEDS_TRANSFORMER -> "needs a user transformer";
        };
        return new TypeChange(k, text, details);
    }

    private static Kind compare(CType from, CType to, String path, List<String> details) {
        if (from == null || to == null) {
            if (from == to) {
                return Kind.SAME;
            }
            details.add(path + ": no debug information for the type");
            return Kind.NEEDS_TRANSFORMER;
        }
        if (from.describe().equals(to.describe()) && from.sizeInBits() == to.sizeInBits()) {
            return Kind.SAME;
        }
        if (from instanceof CType.Scalar a && to instanceof CType.Scalar b) {
            boolean numeric = a.kind() != CType.Scalar.Kind.FLOAT && b.kind() != CType.Scalar.Kind.FLOAT || a.kind() == b.kind();
            details.add(label(path) + a.describe() + " -> " + b.describe() + (b.sizeInBits() >= a.sizeInBits() ? " (widened)" : " (narrowed)"));
            return numeric || a.kind() == CType.Scalar.Kind.FLOAT || b.kind() == CType.Scalar.Kind.FLOAT ? Kind.CONVERTIBLE : Kind.NEEDS_TRANSFORMER;
        }
        if (from instanceof CType.Pointer && to instanceof CType.Pointer) {
            details.add(label(path) + from.describe() + " -> " + to.describe() + " (pointer kept)");
            return Kind.CONVERTIBLE;
        }
        if (from instanceof CType.Array a && to instanceof CType.Array b) {
            Kind element = compare(a.element(), b.element(), path + "[]", details);
            if (a.count() != b.count()) {
                details.add(label(path) + (b.count() > a.count() ? "array grown " : "array shrunk ") + a.count() + " -> " + b.count());
            }
            return element == Kind.NEEDS_TRANSFORMER ? element : Kind.CONVERTIBLE;
        }
        if (from instanceof CType.Struct a && to instanceof CType.Struct b && a.isUnion() == b.isUnion() && !a.isUnion()) {
            Kind worst = Kind.SAME;
            for (CType.Member m : b.members()) {
                CType.Member old = a.member(m.name());
                String memberPath = path.isEmpty() ? m.name() : path + "." + m.name();
                if (old == null) {
                    details.add(memberPath + ": added (zero)");
                    worst = max(worst, Kind.CONVERTIBLE);
                } else {
                    Kind k = compare(old.type(), m.type(), memberPath, details);
                    if (k == Kind.SAME && old.offsetInBits() != m.offsetInBits()) {
                        details.add(memberPath + ": moved");
                        k = Kind.CONVERTIBLE;
                    }
                    worst = max(worst, k);
                }
            }
            for (CType.Member m : a.members()) {
                if (b.member(m.name()) == null) {
                    details.add((path.isEmpty() ? m.name() : path + "." + m.name()) + ": removed (dropped)");
                    worst = max(worst, Kind.CONVERTIBLE);
                }
            }
            return worst == Kind.SAME ? Kind.CONVERTIBLE : worst;
        }
        details.add(label(path) + from.describe() + " -> " + to.describe());
        return Kind.NEEDS_TRANSFORMER;
    }

    private static String label(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    private static Kind max(Kind a, Kind b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
