package dev.dsu.language.text;

import dev.dsu.language.ir.Linkage;

/** Linkage keywords and the other symbol prefixes (visibility, preemption, ...) that the model ignores. */
final class Linkages {
    private Linkages() {
    }

    static Linkage linkage(String k) {
        return switch (k) {
            case "private" -> Linkage.PRIVATE;
            case "internal" -> Linkage.INTERNAL;
            case "available_externally" -> Linkage.AVAILABLE_EXTERNALLY;
            case "linkonce" -> Linkage.LINKONCE;
            case "weak" -> Linkage.WEAK;
            case "common" -> Linkage.COMMON;
            case "appending" -> Linkage.APPENDING;
            case "extern_weak" -> Linkage.EXTERN_WEAK;
            case "linkonce_odr" -> Linkage.LINKONCE_ODR;
            case "weak_odr" -> Linkage.WEAK_ODR;
            case "external" -> Linkage.EXTERNAL;
            default -> null;
        };
    }

    static boolean ignoredPrefix(String k) {
        switch (k) {
            case "dso_local", "dso_preemptable", "default", "hidden", "protected", "dllimport", "dllexport", "unnamed_addr",
                            "local_unnamed_addr", "externally_initialized":
                return true;
            default:
                return false;
        }
    }

    /** Calling convention keywords (cc N is handled by the caller). */
    static boolean callingConvention(String k) {
        return k.equals("ccc") || k.equals("fastcc") || k.equals("coldcc") || k.equals("tailcc") || k.equals("swiftcc") || k.equals("preserve_mostcc")
                        || k.equals("preserve_allcc") || k.startsWith("x86_") && k.endsWith("cc") || k.equals("webkit_jscc") || k.equals("anyregcc")
                        || k.equals("ghccc") || k.equals("cxx_fast_tlscc") || k.equals("intel_ocl_bicc") || k.equals("win64cc");
    }

    /** Skips a calling convention at the cursor, if any. */
    static void skipCallingConvention(Cursor c) {
        if (c.peek().kind() != Token.Kind.KEYWORD) {
            return;
        }
        String k = c.peek().text();
        if (k.equals("cc") && c.peek(1).kind() == Token.Kind.INTEGER) {
            c.next();
            c.next();
        } else if (callingConvention(k)) {
            c.next();
        }
    }
}
