package dev.dsu.runtime.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class VersionDiffTest {
    static final CType INT = new CType.Scalar("int", 32, CType.Scalar.Kind.SIGNED);
    static final CType LONG = new CType.Scalar("long", 64, CType.Scalar.Kind.SIGNED);
    static final CType DOUBLE = new CType.Scalar("double", 64, CType.Scalar.Kind.FLOAT);

    static CType.Struct point(CType.Member... members) {
        long size = 0;
        for (CType.Member m : members) {
            size = Math.max(size, m.offsetInBits() + m.type().sizeInBits());
        }
        return new CType.Struct("point", false, size, List.of(members));
    }

    @Test
    void structMembersAddedRemovedMovedAndWidenedAreDefaultTransforms() {
        CType old = point(new CType.Member("x", 0, 0, INT), new CType.Member("y", 32, 0, INT), new CType.Member("tag", 64, 0, INT));
        CType neu = point(new CType.Member("x", 0, 0, LONG), new CType.Member("z", 64, 0, INT), new CType.Member("y", 96, 0, INT));
        TypeChange change = TypeChange.between(old, neu);
        assertEquals(TypeChange.Kind.CONVERTIBLE, change.kind());
        assertTrue(change.details().contains("x: int -> long (widened)"), change.details().toString());
        assertTrue(change.details().contains("z: added (zero)"), change.details().toString());
        assertTrue(change.details().contains("y: moved"), change.details().toString());
        assertTrue(change.details().contains("tag: removed (dropped)"), change.details().toString());
    }

    @Test
    void scalarBecomingStructNeedsATransformer() {
        assertEquals(TypeChange.Kind.NEEDS_TRANSFORMER, TypeChange.between(INT, point(new CType.Member("x", 0, 0, INT))).kind());
        assertEquals(TypeChange.Kind.SAME, TypeChange.between(INT, new CType.Scalar("int", 32, CType.Scalar.Kind.SIGNED)).kind());
        assertEquals(TypeChange.Kind.CONVERTIBLE, TypeChange.between(new CType.Array(INT, 4, 128), new CType.Array(INT, 8, 256)).kind());
    }

    @Test
    void functionsArePairedByCodeAndPointsByLabelThenPosition() {
        FunctionVersion oldLoop = new FunctionVersion("work", "aaa", List.of(new LocalVariable("i", INT, false), new LocalVariable("gone", INT, false)),
                        List.of(new ContinuationPoint(0, ContinuationPoint.Kind.ENTRY, "entry", 1),
                                        new ContinuationPoint(1, ContinuationPoint.Kind.CALL, "call log#1", 3),
                                        new ContinuationPoint(2, ContinuationPoint.Kind.CALL, "call old_helper#1", 4)));
        FunctionVersion newLoop = new FunctionVersion("work", "bbb", List.of(new LocalVariable("i", LONG, false), new LocalVariable("sum", DOUBLE, false)),
                        List.of(new ContinuationPoint(0, ContinuationPoint.Kind.ENTRY, "entry", 1),
                                        new ContinuationPoint(1, ContinuationPoint.Kind.CALL, "call log#1", 3),
                                        new ContinuationPoint(2, ContinuationPoint.Kind.CALL, "call new_helper#1", 4)));
        FunctionVersion same = new FunctionVersion("main", "ccc", List.of(), List.of());
        ProgramVersion v1 = new ProgramVersion("v1", Map.of("work", oldLoop, "main", same, "old_only", same), Map.of("g", new GlobalVersion("g", INT, 4)));
        ProgramVersion v2 = new ProgramVersion("v2", Map.of("work", newLoop, "main", same, "new_only", same), Map.of("g", new GlobalVersion("g", INT, 4),
                        "h", new GlobalVersion("h", DOUBLE, 8)));
        VersionDiff d = VersionDiff.compute(v1, v2);
        assertEquals(List.of("main"), d.unchangedFunctions);
        assertEquals(List.of("new_only"), d.addedFunctions);
        assertEquals(List.of("old_only"), d.removedFunctions);
        assertEquals(List.of("g"), d.unchangedGlobals);
        assertEquals(List.of("h"), d.addedGlobals);
        VersionDiff.FunctionChange work = d.changedFunctions.get(0);
        assertEquals("call log#1", work.points().get(1).to().label());
        assertFalse(work.points().get(1).byPosition());
        assertEquals("call new_helper#1", work.points().get(2).to().label());
        assertTrue(work.points().get(2).byPosition());
        VersionDiff.LocalMapping sum = work.locals().stream().filter(l -> l.name().equals("sum")).findFirst().orElseThrow();
        assertNull(sum.from());
        VersionDiff.LocalMapping gone = work.locals().stream().filter(l -> l.name().equals("gone")).findFirst().orElseThrow();
        assertNull(gone.to());
        String spec = PatchSpecWriter.write(d, "v1", "v2");
        assertTrue(spec.contains("point work call old_helper#1 -> call new_helper#1   # paired by position: check it"), spec);
        assertTrue(spec.contains("local work sum zero   # new local"), spec);
        assertTrue(spec.contains("# rename old_only ?"), spec);
    }
}
