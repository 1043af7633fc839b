package dev.dsu.runtime.version;

/**
 * Writes the editable patch specification that `dsu diff -o` produces: every default mapping
 * spelled out, with comments saying what each line means, so the user changes only what they
 * disagree with.
 */
public final class PatchSpecWriter {
    private PatchSpecWriter() {
    }

    public static String write(VersionDiff d, String oldName, String newName) {
        StringBuilder b = new StringBuilder();
        b.append("# dsu patch specification: ").append(oldName).append(" -> ").append(newName).append('\n');
        b.append("""
                        # Lines starting with '#' are comments. Each directive is one line:
                        #   point FUNCTION OLD-POINT -> NEW-POINT      where a suspended frame of FUNCTION resumes;
                        #                                              NEW-POINT may be FUNCTION2:POINT (the frame goes
                        #                                              on as a frame of FUNCTION2; its caller must then
                        #                                              resume at a call of FUNCTION2) or 'leave-loop'
                        #                                              for the loop's exit
                        #   local FUNCTION NAME zero|keep|transformer C-FUNCTION
                        #   global NAME keep|transformer C-FUNCTION
                        #   type TAG transformer C-FUNCTION            every value of struct TAG whose layout changed:
                        #                                              globals, locals, members, array elements
                        #   rename OLD-FUNCTION NEW-FUNCTION           frames of a renamed function
                        # A transformer is a C function of the new version, called as
                        # void f(const OLD *old, NEW *new) before anything changes (old is NULL for a new
                        # local); it writes the new value, which replaces the old one only if every
                        # transformer succeeds. Declare the old layout in the new version to read it.
                        # Points are named by what they are: 'entry', 'loop#K' (K-th loop head), 'call F#K'
                        # (K-th call to F). A '?' marks a mapping the update cannot choose by itself.

                        """);
        for (VersionDiff.FunctionChange c : d.changedFunctions) {
            b.append("# function ").append(c.name()).append(" changed\n");
            for (VersionDiff.PointMapping p : c.points()) {
                b.append("point ").append(c.name()).append(' ').append(p.from().label()).append(" -> ")
                                .append(p.to() == null ? "?" : p.to().label());
                if (p.byPosition()) {
                    b.append("   # paired by position: check it");
                }
                b.append('\n');
            }
            for (VersionDiff.LocalMapping l : c.locals()) {
                if (l.from() == null) {
                    b.append("local ").append(c.name()).append(' ').append(l.name()).append(" zero   # new local\n");
                } else if (l.to() != null && l.change().kind() == TypeChange.Kind.NEEDS_TRANSFORMER) {
                    b.append("local ").append(c.name()).append(' ').append(l.name()).append(" transformer ?   # ")
                                    .append(DiffReport.describe(l.from())).append(" -> ").append(DiffReport.describe(l.to())).append('\n');
                } else if (l.to() != null && l.change().kind() == TypeChange.Kind.CONVERTIBLE) {
                    b.append("local ").append(c.name()).append(' ').append(l.name()).append(" keep   # converted: ")
                                    .append(String.join("; ", l.change().details())).append('\n');
                }
            }
            b.append('\n');
        }
        for (String removed : d.removedFunctions) {
            b.append("# function ").append(removed).append(" is removed: if it may be active, rename it or map its points\n");
            b.append("# rename ").append(removed).append(" ?\n");
        }
        for (VersionDiff.GlobalChange g : d.changedGlobals) {
            b.append("# global ").append(g.name()).append(": ").append(DiffReport.describe(g.from())).append(" -> ")
                            .append(DiffReport.describe(g.to())).append('\n');
            for (String detail : g.change().details()) {
                b.append("#   ").append(detail).append('\n');
            }
            b.append("global ").append(g.name()).append(g.change().kind() == TypeChange.Kind.NEEDS_TRANSFORMER ? " transformer ?" : " keep").append('\n');
        }
        return b.toString();
    }
}
