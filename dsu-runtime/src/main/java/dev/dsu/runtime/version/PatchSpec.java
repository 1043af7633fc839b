package dev.dsu.runtime.version;

import java.util.HashMap;
import java.util.Map;

/**
 * A patch specification as the user edited it (the format `dsu diff -o` writes): overrides of
 * the default mappings. A '?' left in place means "undecided" and refuses an update that needs it.
 */
public final class PatchSpec {
    public static final String UNDECIDED = "?";

    /** "function old-point" to new point. */
    private final Map<String, String> points = new HashMap<>();
    /** "function local" to zero | keep | transformer name. */
    private final Map<String, String> locals = new HashMap<>();
    private final Map<String, String> localTransformers = new HashMap<>();
    /** struct or union tag to transformer name. */
    private final Map<String, String> typeTransformers = new HashMap<>();
    /** global to keep | transformer name. */
    private final Map<String, String> globalTransformers = new HashMap<>();
    private final Map<String, String> renames = new HashMap<>();

    public static PatchSpec empty() {
        return new PatchSpec();
    }

    /** Parses the text; errors name the line. */
    public static PatchSpec parse(String text) {
        PatchSpec spec = new PatchSpec();
        String[] lines = text.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String content = stripComment(line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] words = content.split("\\s+");
            switch (words[0]) {
                case "point" -> {
                    int arrow = content.indexOf("->");
                    if (words.length < 4 || arrow < 0) {
                        throw error(n, line, "point FUNCTION OLD-POINT -> NEW-POINT");
                    }
                    String left = content.substring("point".length(), arrow).strip();
                    int space = left.indexOf(' ');
                    if (space < 0) {
                        throw error(n, line, "point FUNCTION OLD-POINT -> NEW-POINT");
                    }
                    spec.points.put(left.substring(0, space) + " " + left.substring(space + 1).strip(), content.substring(arrow + 2).strip());
                }
                case "local" -> {
                    if (words.length == 4 && (words[3].equals("zero") || words[3].equals("keep"))) {
                        spec.locals.put(words[1] + " " + words[2], words[3]);
                    } else if (words.length == 5 && words[3].equals("transformer")) {
                        spec.localTransformers.put(words[1] + " " + words[2], words[4]);
                    } else {
                        throw error(n, line, "local FUNCTION NAME zero|keep | local FUNCTION NAME transformer C-FUNCTION");
                    }
                }
                case "type" -> {
                    if (words.length == 4 && words[2].equals("transformer")) {
                        spec.typeTransformers.put(words[1], words[3]);
                    } else if (words.length == 5 && (words[1].equals("struct") || words[1].equals("union")) && words[3].equals("transformer")) {
                        spec.typeTransformers.put(words[2], words[4]);
                    } else {
                        throw error(n, line, "type [struct|union] TAG transformer C-FUNCTION");
                    }
                }
                case "global" -> {
                    if (words.length == 3 && words[2].equals("keep")) {
                        spec.globalTransformers.put(words[1], "keep");
                    } else if (words.length == 4 && words[2].equals("transformer")) {
                        spec.globalTransformers.put(words[1], words[3]);
                    } else {
                        throw error(n, line, "global NAME keep | global NAME transformer C-FUNCTION");
                    }
                }
                case "rename" -> {
                    if (words.length != 3) {
                        throw error(n, line, "rename OLD-FUNCTION NEW-FUNCTION");
                    }
                    spec.renames.put(words[1], words[2]);
                }
                default -> throw error(n, line, "a directive: point, local, global, type or rename");
            }
        }
        return spec;
    }

    /** A comment starts at a '#' at the start of a line or after a blank; in "loop#1" it is part of a label. */
    private static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static IllegalArgumentException error(int n, String line, String expected) {
        return new IllegalArgumentException("patch specification line " + (n + 1) + ": expected " + expected + ", found '" + line.strip() + "'");
    }

    /** A continuation point of the new version: {@code point} of {@code function}. */
    public record Target(String function, String point) {
    }

    /**
     * Where a frame of {@code function} stopped at {@code point} resumes: by default the same
     * label in the function that takes over its frames (see {@link #renamed}); a mapping written
     * FUNCTION2:POINT resumes the frame as a frame of another function.
     */
    public Target target(String function, String point) {
        String mapped = points.get(function + " " + point);
        if (mapped == null) {
            return new Target(renamed(function), point);
        }
        int colon = mapped.indexOf(':');
        if (colon > 0) {
            return new Target(mapped.substring(0, colon).strip(), mapped.substring(colon + 1).strip());
        }
        return new Target(renamed(function), mapped);
    }

    /** The function of the new version that takes over the frames of {@code function}. */
    public String renamed(String function) {
        return renames.getOrDefault(function, function);
    }

    /** The user transformer named for a global, or null to use the default one. */
    public String globalTransformer(String global) {
        String t = globalTransformers.get(global);
        return t == null || t.equals("keep") ? null : t;
    }

    /** The C transformer named for a local of a function of the new version, or null. */
    public String localTransformer(String function, String local) {
        return localTransformers.get(function + " " + local);
    }

    /** The C transformer named for a struct or union (by tag), or null. */
    public String typeTransformer(String tag) {
        return typeTransformers.get(tag);
    }

    /** Every transformer the specification names, keyed by what it is for ("global g", "local x of f", "struct t"). */
    public Map<String, String> namedTransformers() {
        Map<String, String> all = new java.util.TreeMap<>();
        globalTransformers.forEach((g, t) -> {
            if (!t.equals("keep")) {
                all.put("global " + g, t);
            }
        });
        localTransformers.forEach((l, t) -> all.put("local " + l.substring(l.indexOf(' ') + 1) + " of " + l.substring(0, l.indexOf(' ')), t));
        typeTransformers.forEach((tag, t) -> all.put("struct " + tag, t));
        return all;
    }

    /** "zero" forces a local to start at zero instead of keeping its value. */
    public boolean zeroLocal(String function, String local) {
        return "zero".equals(locals.get(function + " " + local));
    }
}
