package dev.dsu.runtime.version;

/** The human-readable answer of `dsu diff`: what changed and what the update would do by default. */
public final class DiffReport {
    private DiffReport() {
    }

    public static String render(VersionDiff d) {
        StringBuilder b = new StringBuilder();
        b.append("functions: ").append(d.changedFunctions.size()).append(" changed, ").append(d.addedFunctions.size()).append(" added, ")
                        .append(d.removedFunctions.size()).append(" removed, ").append(d.unchangedFunctions.size()).append(" unchanged\n");
        for (String f : d.addedFunctions) {
            b.append("  + ").append(f).append('\n');
        }
        for (String f : d.removedFunctions) {
            b.append("  - ").append(f).append("   (an update is refused while it is active)\n");
        }
        for (VersionDiff.FunctionChange c : d.changedFunctions) {
            b.append("  ~ ").append(c.name()).append("   (active frames are remapped)\n");
            for (VersionDiff.PointMapping p : c.points()) {
                b.append("      point ").append(p.from().label());
                if (p.to() == null) {
                    b.append(" -> ?   NEEDS A DECISION: no matching point in the new version\n");
                } else {
                    b.append(" -> ").append(p.to().label()).append(p.byPosition() ? "   (paired by position: check it)" : "").append('\n');
                }
            }
            for (VersionDiff.LocalMapping l : c.locals()) {
                b.append("      local ").append(l.name()).append(": ");
                if (l.from() == null) {
                    b.append("new (zero)\n");
                } else if (l.to() == null) {
                    b.append("removed (dropped)\n");
                } else {
                    b.append(l.change().explanation());
                    if (!l.change().details().isEmpty()) {
                        b.append(" (").append(String.join("; ", l.change().details())).append(')');
                    }
                    if (l.change().kind() == TypeChange.Kind.NEEDS_TRANSFORMER) {
                        b.append("   NEEDS A DECISION");
                    }
                    b.append('\n');
                }
            }
        }
        b.append("globals: ").append(d.changedGlobals.size()).append(" changed, ").append(d.addedGlobals.size()).append(" added, ")
                        .append(d.removedGlobals.size()).append(" removed, ").append(d.unchangedGlobals.size()).append(" unchanged\n");
        for (String g : d.addedGlobals) {
            b.append("  + ").append(g).append("   (initialised as in the new version)\n");
        }
        for (String g : d.removedGlobals) {
            b.append("  - ").append(g).append('\n');
        }
        for (VersionDiff.GlobalChange g : d.changedGlobals) {
            b.append("  ~ ").append(g.name()).append(": ").append(describe(g.from())).append(" -> ").append(describe(g.to())).append("   (")
                            .append(g.change().explanation()).append(")\n");
            for (String detail : g.change().details()) {
                b.append("      ").append(detail).append('\n');
            }
        }
        b.append(d.needsDecision() ? "some mappings need your decision: write a patch specification with -o and edit it\n"
                        : "every change has a default mapping\n");
        return b.toString();
    }

    static String describe(CType t) {
        return t == null ? "(no debug info)" : t.describe();
    }
}
