package dev.dsu.runtime.version;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What changed between two program versions, with the default mappings an update would use:
 * continuation points paired by label, locals by name, globals by name with their type changes.
 */
public final class VersionDiff {
    /** A continuation point of the old version and where it resumes in the new one (null: the user must decide). */
    public record PointMapping(ContinuationPoint from, ContinuationPoint to, boolean byPosition) {
    }

    public record LocalMapping(String name, CType from, CType to, TypeChange change) {
    }

    public record FunctionChange(String name, List<PointMapping> points, List<LocalMapping> locals) {
        public boolean needsDecision() {
            return points.stream().anyMatch(p -> p.to() == null)
                            || locals.stream().anyMatch(l -> l.change() != null && l.change().kind() == TypeChange.Kind.NEEDS_TRANSFORMER);
        }
    }

    public record GlobalChange(String name, CType from, CType to, TypeChange change) {
    }

    public final List<String> addedFunctions = new ArrayList<>();
    public final List<String> removedFunctions = new ArrayList<>();
    public final List<String> unchangedFunctions = new ArrayList<>();
    public final List<FunctionChange> changedFunctions = new ArrayList<>();
    public final List<String> addedGlobals = new ArrayList<>();
    public final List<String> removedGlobals = new ArrayList<>();
    public final List<String> unchangedGlobals = new ArrayList<>();
    public final List<GlobalChange> changedGlobals = new ArrayList<>();

    public static VersionDiff compute(ProgramVersion from, ProgramVersion to) {
        VersionDiff d = new VersionDiff();
        for (String name : new TreeSet<>(from.functions().keySet())) {
            FunctionVersion old = from.functions().get(name);
            FunctionVersion neu = to.functions().get(name);
            if (neu == null) {
                d.removedFunctions.add(name);
            } else if (old.codeHash().equals(neu.codeHash())) {
                d.unchangedFunctions.add(name);
            } else {
                d.changedFunctions.add(functionChange(old, neu));
            }
        }
        for (String name : new TreeSet<>(to.functions().keySet())) {
            if (!from.functions().containsKey(name)) {
                d.addedFunctions.add(name);
            }
        }
        for (String name : new TreeSet<>(from.globals().keySet())) {
            GlobalVersion old = from.globals().get(name);
            GlobalVersion neu = to.globals().get(name);
            if (neu == null) {
                d.removedGlobals.add(name);
                continue;
            }
            TypeChange change = old.type() == null && neu.type() == null
                            ? (old.sizeInBytes() == neu.sizeInBytes() ? new TypeChange(TypeChange.Kind.SAME, "same size", List.of())
                                            : new TypeChange(TypeChange.Kind.NEEDS_TRANSFORMER, "size changed and no debug information", List.of()))
                            : TypeChange.between(old.type(), neu.type());
            if (change.kind() == TypeChange.Kind.SAME) {
                d.unchangedGlobals.add(name);
            } else {
                d.changedGlobals.add(new GlobalChange(name, old.type(), neu.type(), change));
            }
        }
        for (String name : new TreeSet<>(to.globals().keySet())) {
            if (!from.globals().containsKey(name)) {
                d.addedGlobals.add(name);
            }
        }
        return d;
    }

    private static FunctionChange functionChange(FunctionVersion old, FunctionVersion neu) {
        List<PointMapping> points = new ArrayList<>();
        for (ContinuationPoint p : old.points()) {
            ContinuationPoint target = neu.point(p.label());
            boolean byPosition = false;
            if (target == null) {
                // UpStare's fallback: the point with the same number, if it is the same kind of point
                for (ContinuationPoint q : neu.points()) {
                    if (q.id() == p.id() && q.kind() == p.kind()) {
                        target = q;
                        byPosition = true;
                    }
                }
            }
            points.add(new PointMapping(p, target, byPosition));
        }
        List<LocalMapping> locals = new ArrayList<>();
        for (LocalVariable v : neu.locals()) {
            LocalVariable o = old.local(v.name());
            locals.add(new LocalMapping(v.name(), o == null ? null : o.type(), v.type(), o == null ? null : TypeChange.between(o.type(), v.type())));
        }
        for (LocalVariable o : old.locals()) {
            if (neu.local(o.name()) == null) {
                locals.add(new LocalMapping(o.name(), o.type(), null, null));
            }
        }
        return new FunctionChange(neu.name(), points, locals);
    }

    public boolean needsDecision() {
        return changedFunctions.stream().anyMatch(FunctionChange::needsDecision)
                        || changedGlobals.stream().anyMatch(g -> g.change().kind() == TypeChange.Kind.NEEDS_TRANSFORMER);
    }
}
